/**
 * Value chains: tiers of products from mining to magnets, each a trade network with
 * production, each made from the tier before it. {@link org.tradenet.chain.ValueChain} loads a
 * chain spec; {@link org.tradenet.chain.Exposure} traces every buyer's supply back to its
 * origins at the first tier (upstream, direct and hidden dependence, supplier concentration);
 * {@link org.tradenet.chain.ShortageCascade} passes supply cuts and export bans down the tiers
 * as lost inputs; {@link org.tradenet.chain.ChainShock} solves GSIM tier by tier with input-price
 * changes passed down as supply-price wedges; {@link org.tradenet.chain.Robustness} removes
 * countries from each tier. Edges run exporter → importer; weights are the tier's unit (USD of
 * trade value, or tonnes for a tier without trade). See {@code docs/chain.md}.
 */
package org.tradenet.chain;
