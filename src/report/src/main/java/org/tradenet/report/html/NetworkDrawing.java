package org.tradenet.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.tradenet.data.Country;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;
import org.tradenet.network.WeightKind;
import org.tradenet.report.Numbers;

/**
 * A network drawn as a self-contained SVG element: nodes at the positions of a {@link
 * NetworkLayout}, coloured by a {@link Grouping}, their area proportional to their strength
 * (exports + imports in the network's weight unit; radius on a square-root scale); links as
 * curved arrows from exporter to importer, coloured by the exporter's group, their width on a
 * square-root scale of the link's weight; the largest nodes labelled; a legend; a tooltip
 * ({@code <title>}) on every node and link with its figures. A generic weighted graph
 * ({@link TradeNetwork#countryIds()} false) is described in its own words: out- and
 * in-strength, edges from source to target, weights as given.
 *
 * <p>Links of opposite directions curve to opposite sides, so both stay visible. Only the
 * {@link Options#maxLinks()} heaviest links are drawn (the caption says how many and what share
 * of the weight they carry). Two drawings with the same layout and the same {@link Scale} can
 * be set side by side: positions, sizes and widths then mean the same in both.
 *
 * <p>Everything from data is escaped ({@link Html}); ids inside the SVG start with a prefix
 * so that several drawings can share a page. Deterministic: the same input gives the same text.
 */
public final class NetworkDrawing {

    /**
     * Drawing settings.
     *
     * @param width    width in pixels (the SVG scales with its container)
     * @param height   height in pixels
     * @param labels   how many of the largest nodes get a name label
     * @param maxLinks how many of the heaviest links to draw
     */
    public record Options(int width, int height, int labels, int maxLinks) {

        /**
         * Checks the drawing is at least 200 x 200 pixels and the counts are not negative.
         *
         * @param width width in pixels
         * @param height height in pixels
         * @param labels how many of the largest nodes get a name label
         * @param maxLinks how many of the heaviest links to draw
         */
        public Options {
            if (width < 200 || height < 200) {
                throw new IllegalArgumentException("a drawing needs at least 200 x 200 pixels");
            }
            if (labels < 0 || maxLinks < 0) {
                throw new IllegalArgumentException("labels and maxLinks must not be negative");
            }
        }

        /**
         * 960 × 720 pixels, 18 labels, 400 links.
         *
         * @return the default settings
         */
        public static Options defaults() {
            return new Options(960, 720, 18, 400);
        }

        /**
         * The same settings with another size.
         *
         * @param w width in pixels
         * @param h height in pixels
         * @return the new settings
         */
        public Options withSize(int w, int h) {
            return new Options(w, h, labels, maxLinks);
        }

        /**
         * The same settings with another number of labels.
         *
         * @param n how many of the largest nodes get a name label
         * @return the new settings
         */
        public Options withLabels(int n) {
            return new Options(width, height, n, maxLinks);
        }

        /**
         * The same settings with another number of links.
         *
         * @param n how many of the heaviest links to draw
         * @return the new settings
         */
        public Options withMaxLinks(int n) {
            return new Options(width, height, labels, n);
        }
    }

    /**
     * The largest node strength and link weight the size scales map to their maximum, shared
     * by drawings that are to be compared.
     *
     * @param maxStrength strength (exports + imports) drawn with the largest radius
     * @param maxWeight   link weight drawn with the largest width
     */
    public record Scale(double maxStrength, double maxWeight) {

        /**
         * The scale that fits all the given networks.
         *
         * @param networks the networks drawn side by side
         * @return the scale of the largest node strength (exports plus imports) and the heaviest link weight among them
         */
        public static Scale of(TradeNetwork... networks) {
            double s = 0;
            double w = 0;
            for (TradeNetwork net : networks) {
                CompactGraph g = net.compact();
                for (int i = 0; i < g.n(); i++) {
                    s = Math.max(s, g.outStrength(i) + g.inStrength(i));
                }
                for (TradeLink l : net.links()) {
                    w = Math.max(w, l.weight());
                }
            }
            return new Scale(s, w);
        }
    }

    private static final double R_MIN = 2.5;
    private static final double R_MAX = 24;
    private static final double W_MIN = 0.4;
    private static final double W_MAX = 7;
    private static final double LEGEND = 170;
    private static final double MARGIN = 34;

    private NetworkDrawing() {
    }

    /**
     * Draws {@code net} with its own scale and default options.
     *
     * @param id a prefix for the ids inside the SVG, unique on the page
     * @param title the title shown above the drawing
     * @param net the network
     * @param layout positions of (at least) every node of {@code net}
     * @param groups a group per node of {@code net}, in its node order
     * @return the drawing as SVG markup
     */
    public static String svg(String id, String title, TradeNetwork net, NetworkLayout layout, Grouping groups) {
        return svg(id, title, net, layout, groups, Scale.of(net), Options.defaults());
    }

    /**
     * Draws {@code net}.
     *
     * @param id     a prefix for the ids inside the SVG, unique on the page
     * @param title  the title shown above the drawing
     * @param net    the network
     * @param layout positions of (at least) every node of {@code net}
     * @param groups a group per node of {@code net}, in its node order
     * @param scale  what the largest radius and width stand for
     * @param o      settings
     * @return the drawing as SVG markup
     * @throws IllegalArgumentException when a node has no position or the grouping does not fit
     */
    public static String svg(String id, String title, TradeNetwork net, NetworkLayout layout, Grouping groups, Scale scale,
                             Options o) {
        return draw(id, title, net, layout, groups, scale, o, null, null);
    }

    /**
     * Draws what changed from {@code before} to {@code after}, on the positions and scale
     * shared with a drawing of {@code before}: nodes of {@code after} sized by their strength
     * after and coloured by {@code afterGroups}; a black ring on every country whose group
     * differs from its group in {@code beforeGroups} (matched by id); links of either network
     * drawn by the change of their weight (after − before; a link missing on one side counts
     * as 0), blue where it grew and vermillion where it shrank, width on a square-root scale of
     * the absolute change; the {@link Options#maxLinks()} largest changes are drawn. A legend
     * says so. O((n + m) log m) for n nodes and m links.
     *
     * @param id           a prefix for the ids inside the SVG, unique on the page
     * @param title        the title shown above the drawing
     * @param before       the network before
     * @param beforeGroups a group per node of {@code before}
     * @param after        the network after
     * @param layout       positions of (at least) every node of {@code after}
     * @param afterGroups  a group per node of {@code after}, colours matched to {@code beforeGroups}
     * @param scale        what the largest radius and width stand for (as in the drawing of {@code before})
     * @param o            settings
     * @return the SVG element
     * @throws IllegalArgumentException when a node has no position or a grouping does not fit
     */
    public static String change(String id, String title, TradeNetwork before, Grouping beforeGroups, TradeNetwork after,
                                NetworkLayout layout, Grouping afterGroups, Scale scale, Options o) {
        if (beforeGroups.size() != before.nodeCount()) {
            throw new IllegalArgumentException("the grouping before has " + beforeGroups.size() + " nodes, the network "
                    + before.nodeCount());
        }
        return draw(id, title, after, layout, afterGroups, scale, o, before, beforeGroups);
    }

    /** A link's change from before to after, by node index in the network drawn. */
    private record Delta(int exporter, int importer, double before, double after) {
        double change() {
            return after - before;
        }
    }

    private static String draw(String id, String title, TradeNetwork net, NetworkLayout layout, Grouping groups, Scale scale,
                               Options o, TradeNetwork before, Grouping beforeGroups) {
        int n = net.nodeCount();
        if (groups.size() != n) {
            throw new IllegalArgumentException("the grouping has " + groups.size() + " nodes, the network " + n);
        }
        String p = Html.id(id);
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < layout.ids().size(); i++) {
            pos.put(layout.ids().get(i), i);
        }
        double[] lx = layout.x();
        double[] ly = layout.y();
        double plotW = o.width() - LEGEND - 2 * MARGIN;
        double plotH = o.height() - 2 * MARGIN - 40;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            Integer k = pos.get(net.country(i).id());
            if (k == null) {
                throw new IllegalArgumentException("node " + net.country(i).id() + " has no position in the layout");
            }
            x[i] = MARGIN + lx[k] * plotW;
            y[i] = MARGIN + 28 + ly[k] * plotH;
        }
        CompactGraph g = net.compact();
        double[] strength = new double[n];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            strength[i] = g.outStrength(i) + g.inStrength(i);
            r[i] = R_MIN + (R_MAX - R_MIN) * Math.sqrt(scale.maxStrength() > 0 ? Math.min(1, strength[i] / scale.maxStrength()) : 0);
        }
        String unit = unit(net);

        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" id=\"").append(p)
                .append("\" viewBox=\"0 0 ").append(o.width()).append(' ').append(o.height())
                .append("\" width=\"").append(o.width()).append("\" height=\"").append(o.height())
                .append("\" role=\"img\" aria-labelledby=\"").append(p).append("-title\" font-family=\"")
                .append(FONT).append("\">\n");
        sb.append("<title id=\"").append(p).append("-title\">").append(Html.text(title)).append("</title>\n");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        sb.append("<defs>\n");
        for (int c = 0; c <= Palette.size(); c++) {
            String colour = c < Palette.size() ? Palette.colour(c) : Palette.OTHER;
            sb.append("<marker id=\"").append(p).append("-a").append(c)
                    .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"5.5\" markerHeight=\"5.5\"")
                    .append(" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,1 L10,5 L0,9 z\" fill-opacity=\"0.75\" fill=\"")
                    .append(colour).append("\"/></marker>\n");
        }
        for (String[] m : new String[][] {{"grew", Palette.POSITIVE}, {"shrank", Palette.NEGATIVE}}) {
            sb.append("<marker id=\"").append(p).append('-').append(m[0])
                    .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"5.5\" markerHeight=\"5.5\"")
                    .append(" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,1 L10,5 L0,9 z\" fill-opacity=\"0.8\" fill=\"")
                    .append(m[1]).append("\"/></marker>\n");
        }
        sb.append("</defs>\n");
        sb.append("<text x=\"").append(MARGIN).append("\" y=\"24\" font-size=\"16\" font-weight=\"600\" fill=\"#1a1a1a\">")
                .append(Html.text(title)).append("</text>\n");

        String linkCaption;
        if (before == null) {
            linkCaption = links(sb, p, net, x, y, r, groups, scale, o, unit);
        } else {
            linkCaption = changes(sb, p, before, net, x, y, r, scale, o, unit);
        }

        // Nodes, largest first so small ones stay clickable on top.
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -strength[i]).thenComparing(i -> net.country(i).id()));
        sb.append("<g class=\"nodes\" stroke=\"#ffffff\" stroke-width=\"1\">\n");
        for (int i : order) {
            Country c = net.country(i);
            int gi = groups.group(i);
            String group = gi >= 0 ? groups.labels().get(gi) : "none";
            String tip = c.name() + " (" + c.id() + ")\n" + groups.title() + ": " + group + (net.countryIds()
                    ? "\nexports: " + amount(g.outStrength(i), unit) + "\nimports: " + amount(g.inStrength(i), unit)
                            + "\npartners: " + g.outDegree(i) + " importers, " + g.inDegree(i) + " exporters"
                    : "\nout-strength: " + amount(g.outStrength(i), unit) + "\nin-strength: " + amount(g.inStrength(i), unit)
                            + "\nneighbours: " + g.outDegree(i) + " out, " + g.inDegree(i) + " in");
            String ring = "";
            if (before != null) {
                Optional<Integer> j = before.indexOf(c.id());
                int was = j.isPresent() ? beforeGroups.group(j.get()) : gi;
                if (was != gi) {
                    ring = "\" stroke=\"#1a1a1a\" stroke-width=\"2.5";
                    tip += "\nchanged community: " + (was >= 0 ? beforeGroups.labels().get(was) : "none") + " \u2192 " + group;
                }
            }
            sb.append("<circle class=\"node").append(ring.isEmpty() ? "" : " moved").append("\" data-id=\"")
                    .append(Html.attr(c.id())).append("\" cx=\"").append(f(x[i]))
                    .append("\" cy=\"").append(f(y[i])).append("\" r=\"").append(f(r[i])).append(ring).append("\" fill=\"")
                    .append(Palette.colour(gi < Palette.size() ? gi : -1)).append("\"><title>").append(Html.text(tip))
                    .append("</title></circle>\n");
        }
        sb.append("</g>\n");

        // Labels of the largest nodes, with a white halo, where they fit.
        sb.append("<g class=\"labels\" font-size=\"11\" fill=\"#1a1a1a\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\""
                + " stroke-linejoin=\"round\" pointer-events=\"none\">\n");
        int wanted = 0;
        List<double[]> placed = new ArrayList<>();
        for (int k = 0; k < Math.min(o.labels(), n); k++) {
            int i = order[k];
            if (strength[i] <= 0) {
                break;
            }
            wanted++;
            Country c = net.country(i);
            String label = c.name().length() > 18 ? c.id() : c.name();
            double[] box = labelBox(i, label, x, y, r, placed, o);
            if (box == null) {
                continue;
            }
            placed.add(box);
            sb.append("<text x=\"").append(f(box[0])).append("\" y=\"").append(f(box[3] - 3)).append("\">")
                    .append(Html.text(label)).append("</text>\n");
        }
        sb.append("</g>\n");
        int unlabelled = wanted - placed.size();

        legend(sb, groups, o, before != null);
        String caption = "Node area \u221d " + (net.countryIds() ? "exports + imports" : "out-strength + in-strength") + " (" + unit
                + (before == null ? "" : ", after") + "); " + linkCaption
                + (unlabelled > 0 ? " Labels of " + unlabelled + " of the " + wanted + " largest " + nodes(net)
                        + " are left out for lack of room; "
                        + "hover a node for its name." : "");
        int lines = wrapText(sb, caption, MARGIN, o.height() - 26, o.width() - 2 * MARGIN, 10.5);
        sb.append("</svg>\n");
        if (lines > 2) {
            // A long caption lengthens the drawing instead of running off its bottom.
            int h = o.height() + (int) Math.ceil((lines - 2) * (10.5 + 3));
            String size = "viewBox=\"0 0 " + o.width() + ' ' + o.height() + "\" width=\"" + o.width() + "\" height=\"" + o.height() + '"';
            int at = sb.indexOf(size);
            sb.replace(at, at + size.length(), "viewBox=\"0 0 " + o.width() + ' ' + h + "\" width=\"" + o.width() + "\" height=\"" + h + '"');
        }
        return sb.toString();
    }

    /** Width of one character of the 11 px label font, generous so estimated boxes contain the drawn ones. */
    private static final double CHAR = 6.9;
    private static final double LINE = 13;

    /**
     * A box {left, top, right, bottom} for node {@code i}'s label that meets no placed label
     * box, no node circle of radius 4 or more and stays inside the drawing area, or null when
     * no place fits. Tried in order: right of the node, left, above, below (greedy placement
     * in order of node size: the larger countries are labelled first). O(n) per candidate.
     */
    private static double[] labelBox(int i, String label, double[] x, double[] y, double[] r, List<double[]> placed, Options o) {
        double w = label.length() * CHAR;
        double[][] candidates = {
            {x[i] + r[i] + 3, y[i] - LINE / 2},
            {x[i] - r[i] - 3 - w, y[i] - LINE / 2},
            {x[i] - w / 2, y[i] - r[i] - 2 - LINE},
            {x[i] - w / 2, y[i] + r[i] + 2},
        };
        for (double[] at : candidates) {
            double[] b = {at[0], at[1], at[0] + w, at[1] + LINE};
            if (b[0] < 2 || b[2] > o.width() - LEGEND || b[1] < 30 || b[3] > o.height() - 44) {
                continue;
            }
            boolean free = true;
            for (double[] q : placed) {
                if (b[0] < q[2] && q[0] < b[2] && b[1] < q[3] && q[1] < b[3]) {
                    free = false;
                    break;
                }
            }
            for (int j = 0; free && j < x.length; j++) {
                if (r[j] >= 4 && circleMeetsBox(x[j], y[j], r[j], b)) {
                    free = false;
                }
            }
            if (free) {
                return b;
            }
        }
        return null;
    }

    private static boolean circleMeetsBox(double cx, double cy, double radius, double[] b) {
        double dx = cx - Math.max(b[0], Math.min(cx, b[2]));
        double dy = cy - Math.max(b[1], Math.min(cy, b[3]));
        return dx * dx + dy * dy < radius * radius;
    }

    /** The heaviest links, drawn lightest first so heavy ones are on top; returns the caption's words on links. */
    private static String links(StringBuilder sb, String p, TradeNetwork net, double[] x, double[] y, double[] r, Grouping groups,
                                Scale scale, Options o, String unit) {
        List<TradeLink> links = new ArrayList<>(net.links());
        links.removeIf(TradeLink::isSelfLoop);
        double totalWeight = links.stream().mapToDouble(TradeLink::weight).sum();
        links.sort(Comparator.comparingDouble(TradeLink::weight).reversed().thenComparing(TradeLink::exporter)
                .thenComparing(TradeLink::importer));
        List<TradeLink> drawn = new ArrayList<>(links.subList(0, Math.min(o.maxLinks(), links.size())));
        double drawnWeight = drawn.stream().mapToDouble(TradeLink::weight).sum();
        java.util.Collections.reverse(drawn);
        sb.append("<g class=\"links\" fill=\"none\" stroke-linecap=\"round\">\n");
        for (TradeLink l : drawn) {
            int a = net.indexOf(l.exporter()).orElseThrow();
            int b = net.indexOf(l.importer()).orElseThrow();
            double w = W_MIN + (W_MAX - W_MIN) * Math.sqrt(scale.maxWeight() > 0 ? Math.min(1, l.weight() / scale.maxWeight()) : 0);
            int colourIndex = colourIndex(groups.group(a));
            sb.append("<path d=\"").append(curve(x[a], y[a], r[a], x[b], y[b], r[b] + 1.5))
                    .append("\" stroke=\"").append(colourIndex < Palette.size() ? Palette.colour(colourIndex) : Palette.OTHER)
                    .append("\" stroke-opacity=\"0.45\" stroke-width=\"").append(f(w)).append("\" marker-end=\"url(#")
                    .append(p).append("-a").append(colourIndex).append(")\"><title>")
                    .append(Html.text(net.country(a).name() + " \u2192 " + net.country(b).name() + ": " + amount(l.weight(), unit)))
                    .append("</title></path>\n");
        }
        sb.append("</g>\n");
        return "link width \u221d \u221a(" + weightWord(net) + "); " + (net.countryIds()
                ? "arrows run exporter \u2192 importer, coloured by the exporter's group. "
                : "arrows run source \u2192 target, coloured by the source's group. ")
                + (drawn.size() < links.size()
                ? "The " + drawn.size() + " heaviest of " + links.size() + " links are drawn (" + Numbers.pct(totalWeight > 0 ? drawnWeight / totalWeight : 1)
                        + " of the weight)."
                : "All " + links.size() + " links are drawn.");

    }

    /** The largest changes of link weight, drawn smallest first; returns the caption's words on links. */
    private static String changes(StringBuilder sb, String p, TradeNetwork before, TradeNetwork net, double[] x, double[] y,
                                  double[] r, Scale scale, Options o, String unit) {
        Map<String, Delta> deltas = new java.util.LinkedHashMap<>();
        int outside = 0;
        for (TradeNetwork side : List.of(before, net)) {
            for (TradeLink l : side.links()) {
                if (l.isSelfLoop()) {
                    continue;
                }
                Optional<Integer> a = net.indexOf(l.exporter());
                Optional<Integer> b = net.indexOf(l.importer());
                if (a.isEmpty() || b.isEmpty()) {
                    outside++;
                    continue;
                }
                String key = l.exporter() + "\u0000" + l.importer();
                Delta d = deltas.getOrDefault(key, new Delta(a.get(), b.get(), 0, 0));
                deltas.put(key, side == net ? new Delta(d.exporter(), d.importer(), d.before(), l.weight())
                        : new Delta(d.exporter(), d.importer(), l.weight(), d.after()));
            }
        }
        List<Delta> changed = new ArrayList<>();
        for (Delta d : deltas.values()) {
            if (d.change() != 0) {
                changed.add(d);
            }
        }
        changed.sort(Comparator.comparingDouble((Delta d) -> -Math.abs(d.change())).thenComparingInt(Delta::exporter)
                .thenComparingInt(Delta::importer));
        List<Delta> drawn = new ArrayList<>(changed.subList(0, Math.min(o.maxLinks(), changed.size())));
        java.util.Collections.reverse(drawn);
        sb.append("<g class=\"links changes\" fill=\"none\" stroke-linecap=\"round\">\n");
        for (Delta d : drawn) {
            int a = d.exporter();
            int b = d.importer();
            double w = W_MIN + (W_MAX - W_MIN) * Math.sqrt(scale.maxWeight() > 0 ? Math.min(1, Math.abs(d.change()) / scale.maxWeight()) : 0);
            boolean grew = d.change() > 0;
            sb.append("<path class=\"").append(grew ? "grew" : "shrank").append("\" d=\"")
                    .append(curve(x[a], y[a], r[a], x[b], y[b], r[b] + 1.5))
                    .append("\" stroke=\"").append(grew ? Palette.POSITIVE : Palette.NEGATIVE)
                    .append("\" stroke-opacity=\"0.6\" stroke-width=\"").append(f(w)).append("\" marker-end=\"url(#")
                    .append(p).append(grew ? "-grew" : "-shrank").append(")\"><title>")
                    .append(Html.text(net.country(a).name() + " \u2192 " + net.country(b).name() + ": " + amount(d.before(), unit)
                            + " \u2192 " + amount(d.after(), unit)))
                    .append("</title></path>\n");
        }
        sb.append("</g>\n");
        return "links show the change of each link's " + weightWord(net) + " from before to after: blue grew, vermillion shrank, "
                + "width \u221d \u221a|change|; " + (drawn.size() < changed.size() ? "the " + drawn.size() + " largest of "
                + changed.size() + " changes are drawn." : "all " + changed.size() + " changes are drawn.")
                + (outside > 0 ? " " + outside + " links of " + nodes(net) + " absent after are left out." : "")
                + " A black ring marks a " + (net.countryIds() ? "country" : "node") + " whose community changed.";
    }

    /** The unit of a generic graph's weights: the column read, unit unknown. */
    private static final String AS_GIVEN = "weight as given";

    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

    private static int colourIndex(int group) {
        return group >= 0 && group < Palette.size() ? group : Palette.size();
    }

    private static void legend(StringBuilder sb, Grouping groups, Options o, boolean change) {
        double lx = o.width() - LEGEND + 4;
        double ly = 56;
        sb.append("<g class=\"legend\" font-size=\"11.5\" fill=\"#1a1a1a\">\n");
        sb.append("<text x=\"").append(f(lx)).append("\" y=\"").append(f(ly - 14)).append("\" font-weight=\"600\">")
                .append(Html.text(groups.title())).append("</text>\n");
        int shown = Math.min(groups.labels().size(), Palette.size());
        for (int gi = 0; gi < shown; gi++) {
            entry(sb, lx, ly + gi * 19, Palette.colour(gi), groups.labels().get(gi));
        }
        int rest = groups.labels().size() - shown;
        boolean none = java.util.Arrays.stream(groups.membership()).anyMatch(m -> m < 0);
        double yy = ly + shown * 19;
        if (rest > 0) {
            entry(sb, lx, yy, Palette.OTHER, rest + " other groups");
            yy += 19;
        }
        if (none) {
            entry(sb, lx, yy, Palette.OTHER, "none / unknown");
            yy += 19;
        }
        if (change) {
            yy += 10;
            for (String[] e : new String[][] {{Palette.POSITIVE, "link grew"}, {Palette.NEGATIVE, "link shrank"}}) {
                sb.append("<path d=\"M").append(f(lx)).append(',').append(f(yy - 4)).append(" h12\" stroke=\"").append(e[0])
                        .append("\" stroke-width=\"3\"/><text x=\"").append(f(lx + 18)).append("\" y=\"").append(f(yy)).append("\">")
                        .append(e[1]).append("</text>\n");
                yy += 19;
            }
            sb.append("<circle cx=\"").append(f(lx + 6)).append("\" cy=\"").append(f(yy - 4))
                    .append("\" r=\"5\" fill=\"#ffffff\" stroke=\"#1a1a1a\" stroke-width=\"2.5\"/><text x=\"").append(f(lx + 18))
                    .append("\" y=\"").append(f(yy)).append("\">changed community</text>\n");
        }
        sb.append("</g>\n");
    }

    private static void entry(StringBuilder sb, double x, double y, String colour, String label) {
        String l = label.length() > 24 ? label.substring(0, 23) + "\u2026" : label;
        sb.append("<circle cx=\"").append(f(x + 6)).append("\" cy=\"").append(f(y - 4)).append("\" r=\"6\" fill=\"").append(colour)
                .append("\"/><text x=\"").append(f(x + 18)).append("\" y=\"").append(f(y)).append("\">").append(Html.text(l));
        if (l.length() < label.length()) {
            sb.append("<title>").append(Html.text(label)).append("</title>");
        }
        sb.append("</text>\n");
    }

    /** Text broken into lines of about {@code width} pixels (an estimate: 0.52 em per character); returns the number of lines. */
    private static int wrapText(StringBuilder sb, String text, double x, double y, double width, double size) {
        int perLine = Math.max(20, (int) (width / (0.52 * size)));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > perLine && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        sb.append("<text class=\"caption\" font-size=\"").append(f(size)).append("\" fill=\"#555555\">");
        for (int k = 0; k < lines.size(); k++) {
            sb.append("<tspan x=\"").append(f(x)).append("\" y=\"").append(f(y + k * (size + 3))).append("\">")
                    .append(Html.text(lines.get(k))).append("</tspan>");
        }
        sb.append("</text>\n");
        return lines.size();
    }

    /**
     * A quadratic Bézier path from node a to node b that bends to the right of the direction
     * of travel by 18% of the distance, shortened at both ends by the node radii.
     */
    static String curve(double ax, double ay, double ra, double bx, double by, double rb) {
        double dx = bx - ax;
        double dy = by - ay;
        double d = Math.hypot(dx, dy);
        if (d < 1e-9) {
            return "M" + f(ax) + "," + f(ay);
        }
        double cx = (ax + bx) / 2 - 0.18 * dy;
        double cy = (ay + by) / 2 + 0.18 * dx;
        double[] s = towards(ax, ay, cx, cy, ra);
        double[] e = towards(bx, by, cx, cy, rb);
        return "M" + f(s[0]) + "," + f(s[1]) + " Q" + f(cx) + "," + f(cy) + " " + f(e[0]) + "," + f(e[1]);
    }

    private static double[] towards(double x, double y, double tx, double ty, double dist) {
        double d = Math.hypot(tx - x, ty - y);
        if (d < 1e-9) {
            return new double[] {x, y};
        }
        double t = Math.min(dist / d, 0.45);
        return new double[] {x + (tx - x) * t, y + (ty - y) * t};
    }

    static String f(double v) {
        // Quick path, the same text as the formatter's: away from a tie (x.x5), rounding v·10 to a
        // whole number cannot go the other way than rounding v's decimal digits, for |v·10| well
        // below 2^53 · 1e-6; ties and everything else go to the formatter (half up on the
        // shortest decimal digits).
        double t = v * 10;
        if (Math.abs(t) < 1e9) {
            double floor = Math.floor(t);
            double frac = t - floor;
            if (Math.abs(frac - 0.5) > 1e-6) {
                long r = (long) (frac > 0.5 ? floor + 1 : floor);
                long a = Math.abs(r);
                return (r < 0 ? "-" : "") + a / 10 + "." + a % 10;
            }
        }
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.equals("-0.0") ? "0.0" : s;
    }

    private static String nodes(TradeNetwork net) {
        return net.countryIds() ? "countries" : "nodes";
    }

    private static String unit(TradeNetwork net) {
        if (!net.countryIds()) {
            return net.spec().weight() == WeightKind.SHARE ? "share of the total weight" : AS_GIVEN;
        }
        return switch (net.spec().weight()) {
            case VALUE -> "USD";
            case QUANTITY -> "tonnes";
            case SHARE -> "share of total value";
        };
    }

    private static String weightWord(TradeNetwork net) {
        if (!net.countryIds()) {
            return "weight";
        }
        return switch (net.spec().weight()) {
            case VALUE -> "value";
            case QUANTITY -> "quantity";
            case SHARE -> "share";
        };
    }

    private static String amount(double v, String unit) {
        return switch (unit) {
            case "USD" -> "USD " + Numbers.usd(v);
            case "tonnes" -> Numbers.tonnes(v);
            case AS_GIVEN -> Numbers.usd(v);
            default -> Numbers.pct(v);
        };
    }
}
