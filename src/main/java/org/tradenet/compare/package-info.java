/**
 * Comparing results before and after: partitions ({@link org.tradenet.compare.PartitionComparison}:
 * NMI, adjusted Rand index, variation of information, transition table, moved nodes).
 */
package org.tradenet.compare;
