package org.tradenet.data;

/**
 * One thing wrong with one place of an input file.
 *
 * @param file   the file (or data set) as the user named it
 * @param line   1-based line number, 0 when the problem concerns the whole file
 * @param field  the column concerned, empty when none
 * @param reason what is wrong, in words a user can act on
 */
public record ReadProblem(String file, long line, String field, String reason) {

    /**
     * Takes a missing field ({@code null}) as empty.
     *
     * @param file   the file's name as the user gave it
     * @param line   1-based line number, 0 when the problem concerns the whole file
     * @param field  the column concerned, empty when none
     * @param reason what is wrong, in words a user can act on
     */
    public ReadProblem {
        field = field == null ? "" : field;
    }

    /** {@code file:line: field 'x': reason}, the form every message about input takes. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (!field.isEmpty()) {
            sb.append("field '").append(field).append("': ");
        }
        return sb.append(reason).toString();
    }
}
