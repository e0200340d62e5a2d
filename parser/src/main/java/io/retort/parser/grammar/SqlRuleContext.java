package io.retort.parser.grammar;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Superclass of the generated parse-tree contexts. Most contexts have one to three children, so the
 * child list starts small instead of ArrayList's default ten slots: parse trees are built for every
 * statement and dropped right after, so this allocation is on the hot path.
 */
public class SqlRuleContext extends ParserRuleContext {

    public SqlRuleContext() {
    }

    public SqlRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public void copyFrom(ParserRuleContext ctx) {
        super.copyFrom(ctx);
        // ANTLR leaves an empty default-sized list here for labelled alternatives; start small instead.
        if (children != null && children.isEmpty()) {
            children = null;
        }
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(3);
        }
        children.add(t);
        return t;
    }
}
