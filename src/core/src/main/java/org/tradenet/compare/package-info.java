/**
 * Comparing results before and after: partitions ({@link org.tradenet.compare.PartitionComparison}:
 * NMI, adjusted Rand index, variation of information, transition table, moved nodes) and
 * metric ranks of two networks of the same product ({@link org.tradenet.compare.RankComparison}:
 * who rose, who fell, who entered or left).
 */
package org.tradenet.compare;
