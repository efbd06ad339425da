package org.tradenet.report.export;

/** Text for XML 1.0 documents. */
final class Xml {

    private Xml() {
    }

    /**
     * {@code s} with every character that XML 1.0 does not allow (C0 controls other than tab,
     * line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates) replaced by U+FFFD.
     * Markup characters are left for the XML writer to escape.
     */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * XML ids for node ids, one to one: each id {@linkplain #clean cleaned}, and when cleaning
     * makes two ids equal (U+FFFE and U+FFFF both become U+FFFD) the later ones get {@code ~2},
     * {@code ~3}, ... in node order, so that edges still point at the right node. Linear time.
     */
    static java.util.Map<String, String> ids(java.util.List<String> nodeIds) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>(nodeIds.size() * 2);
        for (String id : nodeIds) {
            if (clean(id).equals(id)) {
                taken.add(id);
            }
        }
        for (String id : nodeIds) {
            String x = clean(id);
            if (!x.equals(id)) {
                String base = x;
                for (int k = 2; taken.contains(x); k++) {
                    x = base + "~" + k;
                }
                taken.add(x);
            }
            out.put(id, x);
        }
        return out;
    }
}
