package org.tradenet.cli;

import java.nio.file.Path;

/**
 * {@code -} as an output path. Where a command writes one file, {@code -} is standard output;
 * where it writes a folder of several files, {@code -} cannot hold them and is refused (exit 2)
 * before any work.
 */
final class StandardOutput {

    private StandardOutput() {
    }

    /** {@return whether {@code path} is {@code -}, standard output} */
    static boolean means(Path path) {
        return path != null && path.toString().equals("-");
    }

    /**
     * Refuses {@code -} for an option that names a folder.
     *
     * @param option the option, as the user types it ({@code --out})
     * @param path   its value, or null
     * @param files  what the command writes there, for the message
     * @throws UserException exit 2 when {@code path} is {@code -}
     */
    static void refuseForFolder(String option, Path path, String files) {
        if (means(path)) {
            throw new UserException(ExitCodes.USAGE, option + " -: this command writes " + files
                    + " to a folder, which standard output cannot hold; give " + option + " DIR");
        }
    }
}
