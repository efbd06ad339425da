package example;

import org.tradenet.community.CommunityResult;
import org.tradenet.community.Leiden;
import org.tradenet.community.LeidenParameters;
import org.tradenet.network.TradeNetwork;

/** Loads the shipped rare-earth network and prints how many directed Leiden communities it has. */
public class Main {

    public static void main(String[] args) throws Exception {
        TradeNetwork net = TradeNetwork.load("rare-earths");
        CommunityResult communities = new Leiden(LeidenParameters.defaults().withSeed(42)).detect(net);
        System.out.println("communities: " + communities.partition().communityCount());
    }
}
