/**
 * Communities of trade networks: {@link org.tradenet.community.Leiden} and
 * {@link org.tradenet.community.Louvain} on the compact graph, optimising directed or
 * undirected {@link org.tradenet.community.Modularity} or {@link org.tradenet.community.Cpm}
 * with a resolution γ; {@link org.tradenet.community.Partition} with canonical labels;
 * best-of-R restarts ({@link org.tradenet.community.RepeatedRuns}) and a
 * {@link org.tradenet.community.Consensus} with per-node stability; the significance of a
 * directed community structure against strength-preserving null networks
 * ({@link org.tradenet.community.ModularitySignificance}).
 *
 * <p>Direction is the graph's: a directed graph gets directed modularity (Leicht–Newman), an
 * undirected one undirected modularity. Nothing symmetrises silently: for undirected
 * modularity on a directed network, pass {@code compact().symmetrized()} (W + Wᵀ).
 * Phases are package-private classes ({@code LocalMovePhase}, {@code RefinementPhase},
 * {@code AggregationPhase}, {@code MultiLevel}) whose comments follow Traag et al. (2019).
 */
package org.tradenet.community;
