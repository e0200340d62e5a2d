package io.retort.parser;

import io.retort.parser.grammar.RetortSqlParser;
import io.retort.parser.grammar.RetortSqlParser.AnyKeywordContext;
import io.retort.parser.grammar.RetortSqlParser.IdentifierContext;
import io.retort.parser.grammar.RetortSqlParser.QualifiedNameContext;
import io.retort.parser.grammar.RetortSqlParser.RootContext;
import io.retort.parser.grammar.RetortSqlParser.StatementContext;
import io.retort.sql.Comments;
import io.retort.sql.Identifier;
import io.retort.sql.Name;
import io.retort.sql.SqlDialect;
import io.retort.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns an ANTLR parse tree into the model. One instance per parse; the parse tree is dropped when
 * {@link #build} returns. The work is split by area: {@link ExpressionBuilder}, {@link QueryBuilder},
 * {@link DmlBuilder}, {@link DdlBuilder}, {@link SessionBuilder}; this class holds what they share
 * (dialect, name and literal helpers, comment attachment).
 */
final class ModelBuilder {

    final SqlDialect dialect;
    final boolean mysql;
    final boolean postgres;
    final ExpressionBuilder expressions;
    final QueryBuilder queries;
    final DmlBuilder dml;
    final DdlBuilder ddl;
    final SessionBuilder session;
    private final Token[] tokens;
    private final List<SqlLexer.Comment> comments;
    private final boolean[] commentUsed;

    ModelBuilder(SqlDialect dialect, Token[] tokens, List<SqlLexer.Comment> comments) {
        this.dialect = dialect;
        this.mysql = dialect.isMySqlFamily();
        this.postgres = dialect == SqlDialect.POSTGRESQL;
        this.tokens = tokens;
        this.comments = comments;
        this.commentUsed = comments.isEmpty() ? null : new boolean[comments.size()];
        this.expressions = new ExpressionBuilder(this);
        this.queries = new QueryBuilder(this);
        this.dml = new DmlBuilder(this);
        this.ddl = new DdlBuilder(this);
        this.session = new SessionBuilder(this);
    }

    Statement build(RootContext root) {
        Statement statement = statement(root.statement());
        if (commentUsed == null) {
            return statement;
        }
        int firstStart = tokens[0].getStartIndex();
        List<String> leading = new ArrayList<>();
        List<String> inner = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            if (commentUsed[i]) {
                continue;
            }
            SqlLexer.Comment c = comments.get(i);
            (c.end() <= firstStart ? leading : inner).add(c.text());
        }
        Comments own = statement.comments();
        return statement.withComments(new Comments(leading, own.hints(), inner));
    }

    Statement statement(StatementContext ctx) {
        ParseTree child = ctx.getChild(0);
        return switch (child) {
            case RetortSqlParser.SelectStatementContext c -> queries.selectStatement(c);
            case RetortSqlParser.InsertStatementContext c -> dml.insert(c);
            case RetortSqlParser.UpdateStatementContext c -> dml.update(c);
            case RetortSqlParser.DeleteStatementContext c -> dml.delete(c);
            case RetortSqlParser.CreateTableStatementContext c -> ddl.createTable(c);
            case RetortSqlParser.CreateIndexStatementContext c -> ddl.createIndex(c);
            case RetortSqlParser.CreateViewStatementContext c -> ddl.createView(c);
            case RetortSqlParser.CreateTablespaceStatementContext c -> ddl.createTablespace(c);
            case RetortSqlParser.AlterTableStatementContext c -> ddl.alterTable(c);
            case RetortSqlParser.AlterTablespaceStatementContext c -> ddl.alterTablespace(c);
            case RetortSqlParser.DropTableStatementContext c -> ddl.dropTable(c);
            case RetortSqlParser.DropIndexStatementContext c -> ddl.dropIndex(c);
            case RetortSqlParser.DropViewStatementContext c -> ddl.dropView(c);
            case RetortSqlParser.DropTablespaceStatementContext c -> ddl.dropTablespace(c);
            case RetortSqlParser.TruncateStatementContext c -> ddl.truncate(c);
            case RetortSqlParser.BeginStatementContext c -> session.begin(c);
            case RetortSqlParser.CommitStatementContext c -> session.commit(c);
            case RetortSqlParser.RollbackStatementContext c -> session.rollback(c);
            case RetortSqlParser.SavepointStatementContext c -> session.savepoint(c);
            case RetortSqlParser.ReleaseStatementContext c -> session.release(c);
            case RetortSqlParser.PrepareTransactionStatementContext c -> session.prepareTransaction(c);
            case RetortSqlParser.XaStatementContext c -> session.xa(c);
            case RetortSqlParser.SetTransactionStatementContext c -> session.setTransaction(c);
            case RetortSqlParser.SetConstraintsStatementContext c -> session.setConstraints(c);
            case RetortSqlParser.SetStatementContext c -> session.set(c);
            case RetortSqlParser.ExplainStatementContext c -> session.explain(c);
            case RetortSqlParser.UseStatementContext c -> session.use(c);
            case RetortSqlParser.CallStatementContext c -> session.call(c);
            default -> throw failure("unsupported statement", ctx.getStart());
        };
    }

    // ------------------------------------------------------------------ comments

    /**
     * The optimizer hints ({@code /*+ ... *}{@code /}) written right after {@code keyword}, marked as used.
     */
    Comments hintsAfter(TerminalNode keyword) {
        if (commentUsed == null || keyword == null) {
            return Comments.NONE;
        }
        Token t = keyword.getSymbol();
        int from = t.getStopIndex() + 1;
        int index = t.getTokenIndex();
        int to = index + 1 < tokens.length ? tokens[index + 1].getStartIndex() : Integer.MAX_VALUE;
        List<String> hints = null;
        for (int i = 0; i < comments.size(); i++) {
            SqlLexer.Comment c = comments.get(i);
            if (!commentUsed[i] && c.start() >= from && c.end() <= to && c.isHint()) {
                if (hints == null) {
                    hints = new ArrayList<>(1);
                }
                hints.add(c.text());
                commentUsed[i] = true;
            }
        }
        return hints == null ? Comments.NONE : new Comments(List.of(), hints, List.of());
    }

    // ------------------------------------------------------------------ names

    Identifier identifier(IdentifierContext ctx) {
        Token t = ctx.getStart();
        return t.getType() == RetortSqlParser.QuotedIdentifier ? unquote(t) : Identifier.of(t.getText());
    }

    Identifier identifier(AnyKeywordContext ctx) {
        return Identifier.of(ctx.getStart().getText());
    }

    /** An identifier or a keyword used as a name (after a dot or AS). */
    Identifier nameOf(ParseTree child) {
        if (child instanceof IdentifierContext id) {
            return identifier(id);
        }
        if (child instanceof AnyKeywordContext kw) {
            return identifier(kw);
        }
        if (child instanceof TerminalNode t) {
            return Identifier.of(t.getText());
        }
        throw new IllegalStateException("not a name: " + child.getClass().getSimpleName());
    }

    static Identifier unquote(Token t) {
        String text = t.getText();
        char q = text.charAt(0);
        String body = text.substring(1, text.length() - 1);
        if (q == '[') {
            return Identifier.quoted(body);
        }
        String doubled = q == '`' ? "``" : "\"\"";
        return Identifier.quoted(body.indexOf(q) >= 0 ? body.replace(doubled, String.valueOf(q)) : body);
    }

    Name qualifiedName(QualifiedNameContext ctx) {
        return dottedName(ctx);
    }

    /** A name made of identifiers and keywords separated by dots (the children of {@code ctx}). */
    Name dottedName(ParserRuleContext ctx) {
        int count = ctx.getChildCount();
        if (count == 1) {
            return new Name(List.of(nameOf(ctx.getChild(0))));
        }
        List<Identifier> parts = new ArrayList<>((count + 1) / 2);
        for (int i = 0; i < count; i += 2) {
            parts.add(nameOf(ctx.getChild(i)));
        }
        return new Name(parts);
    }

    List<Identifier> identifiers(List<IdentifierContext> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Identifier> out = new ArrayList<>(list.size());
        for (IdentifierContext c : list) {
            out.add(identifier(c));
        }
        return out;
    }

    List<Name> qualifiedNames(List<? extends ParserRuleContext> list) {
        List<Name> out = new ArrayList<>(list.size());
        for (ParserRuleContext c : list) {
            out.add(dottedName(c instanceof RetortSqlParser.TableNameContext tn ? tn.qualifiedName() : c));
        }
        return out;
    }

    Name tableName(RetortSqlParser.TableNameContext ctx) {
        return dottedName(ctx.qualifiedName());
    }

    // ------------------------------------------------------------------ text helpers

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** The upper-case words of a run of tokens, separated by single spaces. */
    static String words(ParserRuleContext ctx) {
        StringBuilder sb = new StringBuilder();
        appendWords(ctx, sb);
        return sb.toString();
    }

    private static void appendWords(ParseTree tree, StringBuilder sb) {
        if (tree instanceof TerminalNode t) {
            if (t.getSymbol().getType() == Token.EOF) {
                return;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(upper(t.getText()));
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            appendWords(tree.getChild(i), sb);
        }
    }

    static String upper(TerminalNode t) {
        return upper(t.getText());
    }

    /** Decodes a string literal token (without introducer) to its value, by the dialect's rules. */
    String stringValue(Token t) {
        return Literals.stringValue(t, dialect);
    }

    SyntaxFailure failure(String message, Token at) {
        return new SyntaxFailure(message, at.getStartIndex());
    }
}
