package org.tradenet.report.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Charts drawn by JFreeChart and written as SVG by JFreeSVG, for the HTML report and
 * notebooks: bar charts (several series, or one series coloured by sign for changes that can
 * be negative) and line charts (a series per line over a numeric x such as the year). The
 * charting library draws axes, ticks and legends; this class only feeds it data and a
 * consistent, colour-blind-safe look ({@link Palette}).
 *
 * <p>Text from data (category and series names) is escaped by JFreeSVG. Every chart gets an
 * id prefix for the ids inside its SVG, so that several charts can share a page; the output
 * has no time stamp or random id and is the same for the same input.
 */
public final class Charts {

    /**
     * One series of a bar chart.
     *
     * @param name       the series name (legend)
     * @param categories category per value (country, scenario)
     * @param values     value per category; NaN leaves a gap
     */
    public record Bars(String name, List<String> categories, double[] values) {

        /**
         * Checks the series has one value per category and copies the arrays.
         *
         * @param name the series name (legend)
         * @param categories category per value
         * @param values value per category; NaN leaves a gap
         */
        public Bars {
            Objects.requireNonNull(name, "name");
            categories = List.copyOf(categories);
            values = values.clone();
            if (categories.size() != values.length) {
                throw new IllegalArgumentException("one value per category: " + categories.size() + " categories, "
                        + values.length + " values");
            }
        }

        /** {@return a copy of the values, one per category} */
        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /**
     * One line of a line chart.
     *
     * @param name the line's name (legend)
     * @param x    x values (years), ascending
     * @param y    y values; NaN leaves a gap
     */
    public record Line(String name, double[] x, double[] y) {

        /**
         * Checks there is one y per x and copies the arrays.
         *
         * @param name the line's name (legend)
         * @param x x values, ascending
         * @param y y values; NaN leaves a gap
         */
        public Line {
            Objects.requireNonNull(name, "name");
            x = x.clone();
            y = y.clone();
            if (x.length != y.length) {
                throw new IllegalArgumentException("one y per x");
            }
        }

        /** {@return a copy of the x values} */
        @Override
        public double[] x() {
            return x.clone();
        }

        /** {@return a copy of the y values} */
        @Override
        public double[] y() {
            return y.clone();
        }
    }

    /** Width and height of a chart in pixels (the SVG scales with its container). */
    public record Size(int width, int height) {

        /**
         * Checks the chart is at least 100 x 100 pixels.
         *
         * @param width width in pixels
         * @param height height in pixels
         */
        public Size {
            if (width < 100 || height < 100) {
                throw new IllegalArgumentException("a chart needs at least 100 x 100 pixels");
            }
        }

        /**
         * 760 × 420.
         *
         * @return the default chart size
         */
        public static Size defaults() {
            return new Size(760, 420);
        }
    }

    private static final String FONT = "SansSerif";
    private static final Color INK = new Color(0x1a1a1a);
    private static final Color GRID = new Color(0xdddddd);

    private Charts() {
    }

    /**
     * Bars of one or more series by category, horizontal when there are many categories.
     *
     * @param id         id prefix inside the SVG, unique on the page
     * @param title      chart title
     * @param categoryAxis what the categories are
     * @param valueAxis  what the values are, with the unit
     * @param series     the series
     * @param horizontal bars from the left instead of from the bottom
     * @param size width and height in pixels
     * @return the chart as SVG markup
     */
    public static String bars(String id, String title, String categoryAxis, String valueAxis, List<Bars> series,
                              boolean horizontal, Size size) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bars b : series) {
            for (int i = 0; i < b.values.length; i++) {
                data.addValue(Double.isNaN(b.values[i]) ? null : b.values[i], b.name(), b.categories().get(i));
            }
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setAutoPopulateSeriesPaint(false);
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, Palette.awt(s));
        }
        return category(id, title, categoryAxis, valueAxis, data, renderer, horizontal, series.size() > 1, size);
    }

    /**
     * One series of signed values (a change, a welfare effect, a balance), bars coloured by
     * sign: {@link Palette#POSITIVE} for gains, {@link Palette#NEGATIVE} for losses.
     *
     * @param id id prefix inside the SVG, unique on the page
     * @param title chart title
     * @param categoryAxis what the categories are
     * @param valueAxis what the values are, with the unit
     * @param bars the signed values, one per category
     * @param horizontal bars from the left instead of from the bottom
     * @param size width and height in pixels
     * @return the chart as SVG markup
     */
    public static String signedBars(String id, String title, String categoryAxis, String valueAxis, Bars bars,
                                    boolean horizontal, Size size) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double[] v = bars.values;
        for (int i = 0; i < v.length; i++) {
            data.addValue(Double.isNaN(v[i]) ? null : v[i], bars.name(), bars.categories().get(i));
        }
        Color pos = Color.decode(Palette.POSITIVE);
        Color neg = Color.decode(Palette.NEGATIVE);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                Number n = data.getValue(row, column);
                return n != null && n.doubleValue() < 0 ? neg : pos;
            }
        };
        return category(id, title, categoryAxis, valueAxis, data, renderer, horizontal, false, size);
    }

    private static String category(String id, String title, String categoryAxis, String valueAxis, DefaultCategoryDataset data,
                                   BarRenderer renderer, boolean horizontal, boolean legend, Size size) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.08);
        CategoryAxis ca = new CategoryAxis(categoryAxis);
        NumberAxis va = new NumberAxis(valueAxis);
        va.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
        CategoryPlot plot = new CategoryPlot(data, ca, va, renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        if (!horizontal && data.getColumnCount() > 8) {
            ca.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        ca.setMaximumCategoryLabelWidthRatio(horizontal ? 0.45f : 1.0f);
        ca.setCategoryMargin(0.15);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(INK);
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 15), plot, legend);
        style(chart);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(false);
        return render(id, chart, size);
    }

    /**
     * Lines over a numeric x (years are shown without thousands separators). With {@code
     * integerX} the x axis spans exactly the data's first to last x (with 0.4 of room at each
     * end) and ticks every 1, 2, 5, 10, … so that charts of the same years share one axis
     * whatever their width. When every y is a whole number (counts), y ticks are whole numbers.
     *
     * @param integerX true when x is whole numbers such as years
     * @param id id prefix inside the SVG, unique on the page
     * @param title chart title
     * @param xAxis what x is, with the unit
     * @param yAxis what y is, with the unit
     * @param lines the lines
     * @param size width and height in pixels
     * @return the chart as SVG markup
     */
    public static String lines(String id, String title, String xAxis, String yAxis, List<Line> lines, boolean integerX, Size size) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Line l : lines) {
            XYSeries s = new XYSeries(l.name(), false, true);
            for (int i = 0; i < l.x.length; i++) {
                s.add(l.x[i], Double.isNaN(l.y[i]) ? null : l.y[i]);
            }
            data.addSeries(s);
        }
        NumberAxis xa = new NumberAxis(xAxis);
        xa.setAutoRangeIncludesZero(false);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean wholeY = true;
        for (Line l : lines) {
            for (int i = 0; i < l.x.length; i++) {
                lo = Math.min(lo, l.x[i]);
                hi = Math.max(hi, l.x[i]);
                wholeY &= Double.isNaN(l.y[i]) || l.y[i] == Math.rint(l.y[i]);
            }
        }
        if (integerX) {
            xa.setNumberFormatOverride(new DecimalFormat("0"));
            if (lo <= hi) {
                // The same x range and ticks in every chart of the same years, whatever its width.
                xa.setRange(lo - 0.4, hi + 0.4);
                xa.setTickUnit(new NumberTickUnit(wholeTick(hi - lo)));
            } else {
                xa.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
        }
        NumberAxis ya = new NumberAxis(yAxis);
        ya.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
        if (wholeY) {
            // Counts: whole-number ticks only.
            ya.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        int points = lines.stream().mapToInt(l -> l.x.length).max().orElse(0);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, points <= 30);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setAutoPopulateSeriesShape(false);
        for (int s = 0; s < lines.size(); s++) {
            renderer.setSeriesPaint(s, Palette.awt(s));
            renderer.setSeriesStroke(s, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(s, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        XYPlot plot = new XYPlot(data, xa, ya, renderer);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 15), plot, lines.size() > 1);
        style(chart);
        return render(id, chart, size);
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, … that cuts {@code span} into at most 12 steps. */
    static double wholeTick(double span) {
        double unit = 1;
        while (true) {
            for (double m : new double[] {1, 2, 5}) {
                if (span / (unit * m) <= 12) {
                    return unit * m;
                }
            }
            unit *= 10;
        }
    }

    private static void style(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("tradenet");
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 15));
        theme.setLargeFont(new Font(FONT, Font.PLAIN, 13));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 11));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setTitlePaint(INK);
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(new Color(0x444444));
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setLegendItemPaint(INK);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.apply(chart);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(new org.jfree.chart.block.BlockBorder(Color.WHITE));
        }
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getPlot().setOutlineVisible(false);
    }

    private static String render(String id, JFreeChart chart, Size size) {
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        String p = Html.id(id);
        g.setDefsKeyPrefix(p + "-");
        // Two decimals of a pixel: smaller files, and the same bytes when a figure's data move by
        // floating-point noise (another JDK, a reordered sum), so exported notebooks stay fresh.
        g.setGeomDoubleConverter(Charts::twoDecimals);
        g.setTransformDoubleConverter(Charts::twoDecimals);
        chart.draw(g, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        return g.getSVGElement(p, true, new ViewBox(0, 0, size.width(), size.height()), null, null) + "\n";
    }

    private static String twoDecimals(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.2f", v);
        return s.equals("-0.00") ? "0.00" : s;
    }
}
