package org.tradenet.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tradenet.chain.TierExposure;

/**
 * A two-column Sankey diagram of exposure flows at one tier of a value chain: origins at the
 * first tier on the left, buyers on the right, a band from origin o to buyer c as wide as
 * {@code U[c]*E[c][o]} (c's supply that traces back to o, in the tier's unit). The largest
 * origins and buyers are drawn; the rest are pooled as "other". Plain SVG, no script, the same
 * output for the same input.
 */
public final class ExposureSankey {

    private static final double WIDTH = 760;
    private static final double HEIGHT = 520;
    private static final double TOP = 40;
    private static final double GAP = 6;
    private static final double NODE = 14;
    private static final double LEFT = 150;
    private static final double RIGHT = WIDTH - 170;

    private ExposureSankey() {
    }

    /**
     * The diagram.
     *
     * @param id      id prefix, unique on the page
     * @param title   title above the diagram
     * @param te      the tier's exposures
     * @param origins how many origins to draw before pooling
     * @param buyers  how many buyers to draw before pooling
     * @return the diagram as SVG markup
     */
    public static String svg(String id, String title, TierExposure te, int origins, int buyers) {
        List<String> allBuyers = te.buyers();
        Map<String, Double> byOrigin = new LinkedHashMap<>();
        for (String c : allBuyers) {
            double u = te.supply(c);
            te.origins(c).forEach((o, e) -> byOrigin.merge(o, u * e, Double::sum));
        }
        List<String> topOrigins = byOrigin.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(origins).map(Map.Entry::getKey).toList();
        List<String> topBuyers = allBuyers.stream().limit(buyers).toList();
        String other = "other";
        List<String> left = new ArrayList<>(topOrigins);
        if (byOrigin.size() > topOrigins.size()) {
            left.add(other);
        }
        List<String> right = new ArrayList<>(topBuyers);
        if (allBuyers.size() > topBuyers.size()) {
            right.add(other);
        }
        double[][] flow = new double[left.size()][right.size()];
        for (String c : allBuyers) {
            int b = topBuyers.contains(c) ? topBuyers.indexOf(c) : right.size() - 1;
            double u = te.supply(c);
            for (Map.Entry<String, Double> e : te.origins(c).entrySet()) {
                int a = topOrigins.contains(e.getKey()) ? topOrigins.indexOf(e.getKey()) : left.size() - 1;
                flow[a][b] += u * e.getValue();
            }
        }
        double total = 0;
        double[] leftSum = new double[left.size()];
        double[] rightSum = new double[right.size()];
        for (int a = 0; a < left.size(); a++) {
            for (int b = 0; b < right.size(); b++) {
                leftSum[a] += flow[a][b];
                rightSum[b] += flow[a][b];
                total += flow[a][b];
            }
        }
        boolean pooledOrigins = byOrigin.size() > topOrigins.size();
        String p = Html.id(id);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" "
                + "aria-labelledby=\"%s-title\" class=\"sankey\">%n", WIDTH, HEIGHT, p));
        sb.append("<title id=\"").append(p).append("-title\">").append(Html.text(title)).append("</title>\n");
        sb.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"22\" font-size=\"15\" font-family=\"sans-serif\" "
                + "text-anchor=\"middle\">%s</text>%n", WIDTH / 2, Html.text(title)));
        if (!(total > 0)) {
            return sb.append("</svg>").toString();
        }
        double scaleL = (HEIGHT - TOP - 10 - GAP * (left.size() - 1)) / total;
        double scaleR = (HEIGHT - TOP - 10 - GAP * (right.size() - 1)) / total;
        double scale = Math.min(scaleL, scaleR);
        double[] ly = positions(leftSum, scale);
        double[] ry = positions(rightSum, scale);
        double[] lOff = ly.clone();
        double[] rOff = ry.clone();
        // bands: per origin, buyers in drawing order
        for (int a = 0; a < left.size(); a++) {
            String colour = pooledOrigins && a == left.size() - 1 ? Palette.OTHER : Palette.colour(a);
            for (int b = 0; b < right.size(); b++) {
                double w = flow[a][b] * scale;
                if (w <= 0) {
                    continue;
                }
                double y0 = lOff[a] + w / 2;
                double y1 = rOff[b] + w / 2;
                double mid = (LEFT + NODE + RIGHT) / 2;
                sb.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.2f C%.1f %.2f %.1f %.2f %.1f %.2f\" stroke=\"%s\" "
                                + "stroke-opacity=\"0.45\" stroke-width=\"%.2f\" fill=\"none\"><title>%s</title></path>%n",
                        LEFT + NODE, y0, mid, y0, mid, y1, RIGHT, y1, colour, Math.max(w, 0.3),
                        Html.text(left.get(a) + " -> " + right.get(b) + ": " + share(flow[a][b], rightSum[b]) + " of "
                                + right.get(b) + "'s supply")));
                lOff[a] += w;
                rOff[b] += w;
            }
        }
        for (int a = 0; a < left.size(); a++) {
            String colour = pooledOrigins && a == left.size() - 1 ? Palette.OTHER : Palette.colour(a);
            node(sb, LEFT, ly[a], leftSum[a] * scale, colour, left.get(a) + " " + share(leftSum[a], total), true);
        }
        for (int b = 0; b < right.size(); b++) {
            node(sb, RIGHT, ry[b], rightSum[b] * scale, "#555555", right.get(b), false);
        }
        return sb.append("</svg>").toString();
    }

    private static double[] positions(double[] sums, double scale) {
        double[] y = new double[sums.length];
        double at = TOP;
        for (int i = 0; i < sums.length; i++) {
            y[i] = at;
            at += sums[i] * scale + GAP;
        }
        return y;
    }

    private static String share(double part, double whole) {
        return String.format(Locale.ROOT, "%.1f%%", whole > 0 ? 100 * part / whole : 0.0);
    }

    private static void node(StringBuilder sb, double x, double y, double h, String colour, String label, boolean leftSide) {
        sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.2f\" width=\"%.0f\" height=\"%.2f\" fill=\"%s\"/>%n",
                x, y, NODE, Math.max(h, 0.5), colour));
        double tx = leftSide ? x - 6 : x + NODE + 6;
        sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.2f\" font-size=\"12\" font-family=\"sans-serif\" "
                        + "dominant-baseline=\"middle\" text-anchor=\"%s\">%s</text>%n", tx, y + h / 2,
                leftSide ? "end" : "start", Html.text(label)));
    }
}
