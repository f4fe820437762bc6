package dev.canvas.markdown;

import dev.canvas.text.InputProblem;
import java.util.Optional;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Stops list items and block quotes from nesting deeper than {@link #MAX_NESTING} levels, and says where that
 * happened. Tried before commonmark's own block starts: where a new block would be nested deeper than the limit, the
 * rest of the line becomes a {@link TooDeep} block, not read further. commonmark's own bound (its
 * {@code maxOpenBlockParsers}) keeps it safe too, but silently: this one is reported to the user.
 */
final class NestingLimit extends AbstractBlockParserFactory {

    /** List items and block quotes nested deeper than this are not read: a canvas needs a few levels. */
    static final int MAX_NESTING = 32;

    /** The rest of a line nested deeper than {@link #MAX_NESTING}: not parsed, reported. */
    static final class TooDeep extends CustomBlock {
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
        int depth = 0;
        for (Node n = matched.getMatchedBlockParser().getBlock(); n != null; n = n.getParent()) {
            if (n instanceof ListItem || n instanceof BlockQuote) {
                depth++;
            }
            if (n instanceof TooDeep) {
                return BlockStart.none();
            }
        }
        if (depth <= MAX_NESTING) { // a 33rd level may open, but nothing is read inside it
            return BlockStart.none();
        }
        return BlockStart.of(new TooDeepParser()).atIndex(state.getNextNonSpaceIndex());
    }

    /** One line, not parsed further. */
    private static final class TooDeepParser extends AbstractBlockParser {
        private final TooDeep block = new TooDeep();

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void addLine(SourceLine line) {
            // the content is not needed: only where it is
        }
    }

    /** The problem to report for a node, if it is {@link TooDeep}: at its line. */
    static Optional<InputProblem> problem(Node n) {
        if (n instanceof TooDeep) {
            return Optional.of(new InputProblem(CanvasMarkdown.line(n), "lists or block quotes are nested more than "
                    + MAX_NESTING + " levels deep; the rest of the line was not read",
                    "flatten the nesting: a canvas needs only a few levels"));
        }
        return Optional.empty();
    }
}
