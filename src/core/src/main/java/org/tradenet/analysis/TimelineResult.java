package org.tradenet.analysis;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.tradenet.network.TradeNetwork;

/**
 * Everything {@link Timeline#run} found.
 *
 * @param parameters the settings used
 * @param network    the data set's name
 * @param all        the network of all the years summed (for a drawing's layout; not measured)
 * @param years      one entry per year that has links, ascending
 * @param notes      what was left out (years without links)
 */
public record TimelineResult(TimelineParameters parameters, String network, TradeNetwork all, List<TimelineYear> years,
                             List<String> notes) {

    /**
     * Checks the components and copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param parameters the settings used
     * @param network    the data set's name
     * @param all        the network of all the years summed (for a drawing's layout; not measured)
     * @param years      one entry per year that has links, ascending
     * @param notes      what was left out (years without links)
     */
    public TimelineResult {
        years = List.copyOf(years);
        notes = List.copyOf(notes);
        if (years.isEmpty()) {
            throw new IllegalArgumentException("a timeline needs at least one year");
        }
    }

    /**
     * How a figure moved over the years.
     *
     * @param firstYear    the first year
     * @param first        its value in the first year
     * @param lastYear     the last year
     * @param last         its value in the last year
     * @param slopePerYear the ordinary least-squares slope over all years, per year (NaN with fewer than two years)
     */
    public record Trend(int firstYear, double first, int lastYear, double last, double slopePerYear) {

        /** {@return the last value minus the first} */
        public double change() {
            return last - first;
        }
    }

    /** {@return the first year} */
    public TimelineYear first() {
        return years.get(0);
    }

    /** {@return the last year} */
    public TimelineYear last() {
        return years.get(years.size() - 1);
    }

    /** {@return the years as numbers, for a chart's x axis} */
    public double[] x() {
        return years.stream().mapToDouble(TimelineYear::year).toArray();
    }

    /**
     * {@return a figure per year, in year order}
     *
     * @param figure the figure to read from each year, for instance {@code TimelineYear::modularity}
     */
    public double[] series(ToDoubleFunction<TimelineYear> figure) {
        return years.stream().mapToDouble(figure).toArray();
    }

    /**
     * {@return first, last and the least-squares slope of a figure over the years (NaN years left out of
     * the slope)}
     *
     * @param figure the figure to read from each year, for instance {@code TimelineYear::modularity}
     */
    public Trend trend(ToDoubleFunction<TimelineYear> figure) {
        SimpleRegression ols = new SimpleRegression();
        for (TimelineYear y : years) {
            double v = figure.applyAsDouble(y);
            if (!Double.isNaN(v)) {
                ols.addData(y.year(), v);
            }
        }
        double slope = ols.getN() >= 2 ? ols.getSlope() : Double.NaN;
        return new Trend(first().year(), figure.applyAsDouble(first()), last().year(), figure.applyAsDouble(last()), slope);
    }
}
