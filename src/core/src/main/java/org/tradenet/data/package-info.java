/**
 * From files to flows: the country registry, HS product codes and groups, one reader per
 * input format behind {@link org.tradenet.data.TradeDataReader}, and the {@link
 * org.tradenet.data.FlowTable} they produce.
 *
 * <p>Units are normalised here, once: values in US dollars, quantities in tonnes, whatever
 * the source (BACI thousand USD; Comtrade kilograms). Every row a reader does not use is
 * either an error naming file, line and field ({@link org.tradenet.data.DataFormatException})
 * or, with {@code lenient}, a {@link org.tradenet.data.ReadProblem} listed in the {@link
 * org.tradenet.data.ReadReport}; nothing is dropped silently.
 */
package org.tradenet.data;
