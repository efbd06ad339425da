/**
 * The {@code tradenet} command line: one picocli command class per verb, shared option
 * mixins, and the mapping of failures to exit codes ({@link org.tradenet.cli.ExitCodes}).
 * Commands parse, call the library, and hand results to the report layer; they hold no
 * logic a library user would need.
 */
package org.tradenet.cli;
