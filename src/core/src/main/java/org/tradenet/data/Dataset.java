package org.tradenet.data;

/**
 * A data set shipped in {@code networks/}, with its provenance.
 *
 * @param name     the name used wherever a file path can be given ({@code rare-earths})
 * @param file     the file inside {@code networks/}
 * @param title    one line saying what it is
 * @param products the HS codes it covers
 * @param units    units of value and quantity
 * @param source   where the data come from
 * @param licence  the terms it is used under
 * @param caveat   what a user must know before drawing conclusions
 */
public record Dataset(String name, String file, String title, String products, String units,
                      String source, String licence, String caveat) {
}
