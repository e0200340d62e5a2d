package io.retort.rewrite;

import io.retort.sql.Statement;

/**
 * One tree-to-tree rewrite of a translation: given what the statement means in its source dialect and
 * what the target can express, it returns a tree that means the same in the target (or throws
 * {@link io.retort.dialect.UnsupportedConstruct} when no faithful tree exists). A pass that has
 * nothing to do returns its argument.
 */
interface RewritePass {

    Statement apply(Statement statement, Translation translation);
}
