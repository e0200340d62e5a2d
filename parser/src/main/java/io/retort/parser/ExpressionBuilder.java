package io.retort.parser;

import static io.retort.parser.grammar.RetortSqlParser.*;

import io.retort.sql.ArrayConstructor;
import io.retort.sql.ArraySubquery;
import io.retort.sql.AtTimeZone;
import io.retort.sql.Between;
import io.retort.sql.BinaryLiteral;
import io.retort.sql.BinaryOp;
import io.retort.sql.BinaryOperator;
import io.retort.sql.BooleanLiteral;
import io.retort.sql.Case;
import io.retort.sql.Cast;
import io.retort.sql.CastSyntax;
import io.retort.sql.Collate;
import io.retort.sql.ColumnRef;
import io.retort.sql.ConvertUsing;
import io.retort.sql.DataType;
import io.retort.sql.DefaultValue;
import io.retort.sql.EscapeSequence;
import io.retort.sql.Exists;
import io.retort.sql.Expression;
import io.retort.sql.Extract;
import io.retort.sql.FunctionCall;
import io.retort.sql.Identifier;
import io.retort.sql.InList;
import io.retort.sql.InSubquery;
import io.retort.sql.InsertedValue;
import io.retort.sql.Interval;
import io.retort.sql.IsDistinctFrom;
import io.retort.sql.IsNull;
import io.retort.sql.IsTruth;
import io.retort.sql.Keyword;
import io.retort.sql.Like;
import io.retort.sql.LikeOperator;
import io.retort.sql.MatchAgainst;
import io.retort.sql.Name;
import io.retort.sql.NullLiteral;
import io.retort.sql.NumberLiteral;
import io.retort.sql.OrderItem;
import io.retort.sql.Overlay;
import io.retort.sql.Parameter;
import io.retort.sql.ParameterKind;
import io.retort.sql.Position;
import io.retort.sql.Quantified;
import io.retort.sql.Quantifier;
import io.retort.sql.RowValue;
import io.retort.sql.SqlValueFunction;
import io.retort.sql.StringLiteral;
import io.retort.sql.Subquery;
import io.retort.sql.Subscript;
import io.retort.sql.Substring;
import io.retort.sql.Trim;
import io.retort.sql.TrimSpec;
import io.retort.sql.TruthValue;
import io.retort.sql.TypedLiteral;
import io.retort.sql.UnaryOp;
import io.retort.sql.UnaryOperator;
import io.retort.sql.Variable;
import io.retort.sql.VariableAssignment;
import io.retort.sql.VariableKind;
import io.retort.sql.WhenClause;
import io.retort.sql.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds expressions. Left-associative chains ({@code a OR b OR c ...}, {@code a + b + c ...}) are
 * built iteratively along the left spine, so a long chain does not recurse once per operator.
 */
final class ExpressionBuilder {

    private static final NullLiteral NULL = new NullLiteral();
    private static final BooleanLiteral TRUE = new BooleanLiteral(true);
    private static final BooleanLiteral FALSE = new BooleanLiteral(false);
    private static final Set<String> TIME_UNITS = Set.of("MICROSECOND", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK",
            "MONTH", "QUARTER", "YEAR", "FRAC_SECOND", "SQL_TSI_SECOND", "SQL_TSI_MINUTE", "SQL_TSI_HOUR", "SQL_TSI_DAY",
            "SQL_TSI_WEEK", "SQL_TSI_MONTH", "SQL_TSI_QUARTER", "SQL_TSI_YEAR");

    private final ModelBuilder b;

    ExpressionBuilder(ModelBuilder b) {
        this.b = b;
    }

    // ------------------------------------------------------------------ logical level

    Expression expr(ExprContext ctx) {
        if (ctx instanceof PredicateExprContext) {
            return booleanPrimary((BooleanPrimaryContext) ctx.getChild(0));
        }
        List<ExprContext> spine = null;
        ExprContext cur = ctx;
        while (cur instanceof AndExprContext || cur instanceof OrExprContext || cur instanceof XorExprContext) {
            if (spine == null) {
                spine = new ArrayList<>();
            }
            spine.add(cur);
            cur = (ExprContext) cur.getChild(0);
        }
        Expression result = switch (cur) {
            case PredicateExprContext p -> booleanPrimary(p.booleanPrimary());
            case NotExprContext n -> new UnaryOp(UnaryOperator.NOT, expr(n.expr()));
            default -> throw b.failure("unexpected expression", cur.getStart());
        };
        if (spine != null) {
            for (int i = spine.size() - 1; i >= 0; i--) {
                ExprContext c = spine.get(i);
                BinaryOperator op = c instanceof AndExprContext ? BinaryOperator.AND
                        : c instanceof OrExprContext ? BinaryOperator.OR : BinaryOperator.XOR;
                result = new BinaryOp(result, op, expr((ExprContext) c.getChild(2)));
            }
        }
        return result;
    }

    /** The expressions among the direct children of {@code parent}, in order (no intermediate list). */
    List<Expression> exprsOf(ParserRuleContext parent) {
        List<ParseTree> children = parent.children;
        int n = 0;
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof ExprContext) {
                n++;
            }
        }
        if (n == 0) {
            return List.of();
        }
        Expression[] out = new Expression[n];
        int k = 0;
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof ExprContext e) {
                out[k++] = expr(e);
            }
        }
        return List.of(out);
    }

    List<Expression> exprs(List<ExprContext> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Expression> out = new ArrayList<>(list.size());
        for (ExprContext e : list) {
            out.add(expr(e));
        }
        return out;
    }

    // ------------------------------------------------------------------ comparisons and predicates

    Expression booleanPrimary(BooleanPrimaryContext ctx) {
        if (ctx instanceof PlainPredicateContext p) {
            return predicate(p.bitExpr(), p.predicateSuffix());
        }
        List<BooleanPrimaryContext> spine = new ArrayList<>();
        BooleanPrimaryContext cur = ctx;
        while (!(cur instanceof PlainPredicateContext)) {
            spine.add(cur);
            cur = (BooleanPrimaryContext) cur.getChild(0);
        }
        PlainPredicateContext first = (PlainPredicateContext) cur;
        Expression result = predicate(first.bitExpr(), first.predicateSuffix());
        for (int i = spine.size() - 1; i >= 0; i--) {
            result = booleanSuffix(spine.get(i), result);
        }
        return result;
    }

    private Expression booleanSuffix(BooleanPrimaryContext ctx, Expression left) {
        return switch (ctx) {
            case IsExprContext c -> {
                boolean negated = c.NOT() != null;
                if (c.NULL() != null) {
                    yield new IsNull(left, negated);
                }
                TruthValue v = c.TRUE() != null ? TruthValue.TRUE : c.FALSE() != null ? TruthValue.FALSE : TruthValue.UNKNOWN;
                yield new IsTruth(left, v, negated);
            }
            case IsDistinctExprContext c -> new IsDistinctFrom(left, predicate(c.predicate()), c.NOT() != null);
            case PgNullExprContext c -> new IsNull(left, c.NOTNULL() != null);
            case QuantifiedExprContext c -> {
                Quantifier q = c.ALL() != null ? Quantifier.ALL : c.ANY() != null ? Quantifier.ANY : Quantifier.SOME;
                Expression right = c.queryExpression() != null
                        ? new Subquery(b.queries.queryExpression(c.queryExpression()))
                        : expr(c.expr());
                yield new Quantified(left, comparison(c.comparisonOperator()), q, right);
            }
            case ComparisonExprContext c -> new BinaryOp(left, comparison(c.comparisonOperator()), predicate(c.predicate()));
            default -> throw b.failure("unexpected predicate", ctx.getStart());
        };
    }

    private static BinaryOperator comparison(ComparisonOperatorContext ctx) {
        return switch (ctx.getStart().getType()) {
            case Eq -> BinaryOperator.EQUALS;
            case NotEq -> BinaryOperator.NOT_EQUALS;
            case Lt -> BinaryOperator.LESS_THAN;
            case Le -> BinaryOperator.LESS_OR_EQUAL;
            case Gt -> BinaryOperator.GREATER_THAN;
            case Ge -> BinaryOperator.GREATER_OR_EQUAL;
            default -> BinaryOperator.NULL_SAFE_EQUALS;
        };
    }

    Expression predicate(PredicateContext ctx) {
        return predicate(ctx.bitExpr(), ctx.predicateSuffix());
    }

    private Expression predicate(BitExprContext bit, PredicateSuffixContext suffix) {
        Expression left = bitExpr(bit);
        if (suffix == null) {
            return left;
        }
        return switch (suffix) {
            case InSubquerySuffixContext c -> new InSubquery(left, b.queries.queryExpression(c.queryExpression()), c.NOT() != null);
            case InListSuffixContext c -> new InList(left, exprsOf(c), c.NOT() != null);
            case BetweenSuffixContext c -> new Between(left, bitExpr(c.bitExpr()), predicate(c.predicate()), c.NOT() != null,
                    c.SYMMETRIC() != null);
            case SoundsLikeSuffixContext c -> new BinaryOp(left, BinaryOperator.SOUNDS_LIKE, bitExpr(c.bitExpr()));
            case LikeSuffixContext c -> new Like(left, c.ILIKE() != null ? LikeOperator.ILIKE : LikeOperator.LIKE,
                    bitExpr(c.bitExpr()), c.simpleExpr() == null ? null : simpleExpr(c.simpleExpr()), c.NOT() != null);
            case SimilarSuffixContext c -> new Like(left, LikeOperator.SIMILAR_TO, bitExpr(c.bitExpr()),
                    c.simpleExpr() == null ? null : simpleExpr(c.simpleExpr()), c.NOT() != null);
            case RegexpSuffixContext c -> new Like(left, LikeOperator.REGEXP, bitExpr(c.bitExpr()), null, c.NOT() != null);
            case MemberOfSuffixContext c -> new BinaryOp(left, BinaryOperator.MEMBER_OF, expr(c.expr()));
            default -> throw b.failure("unexpected predicate", suffix.getStart());
        };
    }

    // ------------------------------------------------------------------ arithmetic and operators

    Expression bitExpr(BitExprContext ctx) {
        if (ctx instanceof SimpleBitExprContext) {
            return simpleExpr((SimpleExprContext) ctx.getChild(0));
        }
        List<BitExprContext> spine = new ArrayList<>();
        BitExprContext cur = ctx;
        while (!(cur instanceof SimpleBitExprContext)) {
            spine.add(cur);
            cur = (BitExprContext) cur.getChild(0);
        }
        Expression result = simpleExpr((SimpleExprContext) cur.getChild(0));
        for (int i = spine.size() - 1; i >= 0; i--) {
            BitExprContext c = spine.get(i);
            Token op = ((TerminalNode) c.getChild(1)).getSymbol();
            result = new BinaryOp(result, binaryOperator(op), bitExpr((BitExprContext) c.getChild(2)));
        }
        return result;
    }

    private BinaryOperator binaryOperator(Token op) {
        return switch (op.getType()) {
            case Caret -> b.postgres ? BinaryOperator.POWER : BinaryOperator.BIT_XOR;
            case Star -> BinaryOperator.MULTIPLY;
            case Slash -> BinaryOperator.DIVIDE;
            case Percent, MOD -> BinaryOperator.MODULO;
            case DIV -> BinaryOperator.INTEGER_DIVIDE;
            case Plus -> BinaryOperator.PLUS;
            case Minus -> BinaryOperator.MINUS;
            case Shl -> BinaryOperator.SHIFT_LEFT;
            case Shr -> BinaryOperator.SHIFT_RIGHT;
            case Amp -> BinaryOperator.BIT_AND;
            case Pipe -> BinaryOperator.BIT_OR;
            case Concat -> BinaryOperator.CONCAT;
            case Arrow -> BinaryOperator.JSON_GET;
            case DoubleArrow -> BinaryOperator.JSON_GET_TEXT;
            case Tilde -> BinaryOperator.REGEX_MATCH;
            case PgOp -> pgOperator(op);
            default -> throw b.failure("unexpected operator '" + op.getText() + "'", op);
        };
    }

    private BinaryOperator pgOperator(Token op) {
        String symbol = op.getText();
        if (symbol.startsWith("??")) {
            symbol = symbol.substring(1); // JDBC escape of PostgreSQL's ? operators
        }
        BinaryOperator result = switch (symbol) {
            case "&" -> BinaryOperator.BIT_AND;
            case "|" -> BinaryOperator.BIT_OR;
            case "#" -> BinaryOperator.BIT_XOR;
            case "<<" -> BinaryOperator.SHIFT_LEFT;
            case ">>" -> BinaryOperator.SHIFT_RIGHT;
            case "&&" -> BinaryOperator.OVERLAPS;
            default -> BinaryOperator.fromSymbol(symbol);
        };
        if (result == null) {
            throw b.failure("unsupported operator '" + op.getText() + "'", op);
        }
        return result;
    }

    // ------------------------------------------------------------------ postfix and prefix

    Expression simpleExpr(SimpleExprContext ctx) {
        return switch (ctx) {
            case CollateExprContext c -> new Collate(simpleExpr(c.simpleExpr()), collation(c.collationName()));
            case PgCastExprContext c -> new Cast(simpleExpr(c.simpleExpr()), dataType(c.dataType()), CastSyntax.DOUBLE_COLON);
            case SubscriptExprContext c -> subscript(c);
            case AtTimeZoneExprContext c -> new AtTimeZone(simpleExpr(c.simpleExpr(0)), simpleExpr(c.simpleExpr(1)));
            case UnaryExprContext c -> unary(c);
            default -> primary(ctx);
        };
    }

    Name collation(CollationNameContext ctx) {
        if (ctx.StringLit() != null) {
            return Name.of(io.retort.sql.Identifier.quoted(b.stringValue(ctx.StringLit().getSymbol())));
        }
        List<Identifier> parts = b.identifiers(ctx.identifier());
        return new Name(parts);
    }

    private Expression subscript(SubscriptExprContext c) {
        Expression base = simpleExpr(c.simpleExpr());
        if (c.Colon() == null) {
            return new Subscript(base, expr(c.expr(0)), null, false);
        }
        Expression lower = null;
        Expression upper = null;
        boolean afterColon = false;
        for (ParseTree child : c.children) {
            if (child instanceof TerminalNode t && t.getSymbol().getType() == Colon) {
                afterColon = true;
            } else if (child instanceof ExprContext e && child != c.getChild(0)) {
                if (afterColon) {
                    upper = expr(e);
                } else {
                    lower = expr(e);
                }
            }
        }
        return new Subscript(base, lower, upper, true);
    }

    private Expression unary(UnaryExprContext c) {
        Token op = c.getStart();
        Expression operand = simpleExpr(c.simpleExpr());
        return switch (op.getType()) {
            case Minus -> operand instanceof NumberLiteral n && !n.text().startsWith("-")
                    ? new NumberLiteral("-" + n.text())
                    : new UnaryOp(UnaryOperator.MINUS, operand);
            case Plus -> new UnaryOp(UnaryOperator.PLUS, operand);
            case Tilde -> new UnaryOp(UnaryOperator.BIT_NOT, operand);
            case Bang -> new UnaryOp(UnaryOperator.NOT, operand);
            case BINARY -> new UnaryOp(UnaryOperator.BINARY, operand);
            default -> {
                UnaryOperator u = UnaryOperator.fromSymbol(op.getText());
                if (u == null) {
                    throw b.failure("unsupported prefix operator '" + op.getText() + "'", op);
                }
                yield new UnaryOp(u, operand);
            }
        };
    }

    // ------------------------------------------------------------------ primaries

    /** The non-operator alternatives of simpleExpr: literals, names, calls, subqueries, special forms. */
    private Expression primary(SimpleExprContext ctx) {
        return switch (ctx) {
            case ColumnPrimaryContext c -> columnRef((ColumnRefContext) c.getChild(0));
            case LiteralPrimaryContext c -> literal((LiteralContext) c.getChild(0));
            case ParameterPrimaryContext c -> parameter((ParameterContext) c.getChild(0));
            case FunctionPrimaryContext c -> functionCall((FunctionCallContext) c.getChild(0));
            case ParenPrimaryContext c -> c.getChildCount() == 3 ? expr((ExprContext) c.getChild(1)) : new RowValue(exprsOf(c));
            case SubqueryPrimaryContext c -> new Subquery(b.queries.queryExpression(c.queryExpression()));
            case ExistsPrimaryContext c -> new Exists(b.queries.queryExpression(c.queryExpression()));
            case CasePrimaryContext c -> caseExpr(c);
            case CastPrimaryContext c -> new Cast(expr(c.expr()), dataType(c.dataType()), CastSyntax.CAST);
            case ConvertPrimaryContext c -> new Cast(expr(c.expr()), dataType(c.dataType()), CastSyntax.CONVERT);
            case ConvertUsingPrimaryContext c -> new ConvertUsing(expr(c.expr()),
                    c.identifier() != null ? b.identifier(c.identifier()) : io.retort.sql.Identifier.of(c.BINARY().getText()));
            case ExtractPrimaryContext c -> new Extract(extractField(c.extractField()), expr(c.expr()));
            case PositionPrimaryContext c -> new Position(bitExpr(c.bitExpr()), expr(c.expr()));
            case SubstringPrimaryContext c -> substring(c);
            case TrimFromPrimaryContext c -> trimFrom(c);
            case TrimSpecPrimaryContext c -> new Trim(trimSpec(c.LEADING(), c.TRAILING(), c.BOTH()), null, expr(c.expr()));
            case OverlayPrimaryContext c -> new Overlay(expr(c.expr(0)), expr(c.expr(1)), expr(c.expr(2)),
                    c.expr().size() > 3 ? expr(c.expr(3)) : null);
            case IntervalPrimaryContext c -> new Interval(simpleExpr(c.simpleExpr()),
                    c.intervalUnit() == null ? null : ModelBuilder.words(c.intervalUnit()));
            case KeywordTypedLiteralContext c -> new TypedLiteral(DataType.of(ModelBuilder.upper(c.getStart().getText())),
                    b.stringValue(c.StringLit().getSymbol()));
            case PgTypedLiteralContext c -> new TypedLiteral(DataType.of(typeNameOf(b.identifier(c.identifier()))),
                    b.stringValue(c.StringLit().getSymbol()));
            case ArrayPrimaryContext c -> new ArrayConstructor(exprs(c.expr()));
            case ArraySubqueryPrimaryContext c -> new ArraySubquery(b.queries.queryExpression(c.queryExpression()));
            case MatchPrimaryContext c -> new MatchAgainst(exprs(c.expr()), bitExpr(c.bitExpr()),
                    c.matchModifier() == null ? null : ModelBuilder.words(c.matchModifier()));
            case EscapePrimaryContext c -> new EscapeSequence(b.identifier(c.identifier()).text().toLowerCase(java.util.Locale.ROOT),
                    expr(c.expr()));
            case InsertedValuePrimaryContext c -> new InsertedValue(columnRef(c.columnRef()));
            case DefaultPrimaryContext c -> new DefaultValue();
            case ValueFunctionPrimaryContext c -> new SqlValueFunction(ModelBuilder.upper(c.getStart().getText()));
            case VariablePrimaryContext c -> {
                Variable v = variable(c.variable());
                yield c.expr() == null ? v : new VariableAssignment(v, expr(c.expr()));
            }
            case RowPrimaryContext c -> new RowValue(exprs(c.expr()));
            default -> throw b.failure("unsupported expression", ctx.getStart());
        };
    }

    ColumnRef columnRef(ColumnRefContext ctx) {
        int count = ctx.getChildCount();
        if (count == 1) {
            return new ColumnRef(null, b.identifier((IdentifierContext) ctx.getChild(0)));
        }
        List<Identifier> parts = new ArrayList<>((count + 1) / 2);
        for (int i = 0; i < count - 1; i += 2) {
            parts.add(b.nameOf(ctx.getChild(i)));
        }
        return new ColumnRef(new Name(parts), b.nameOf(ctx.getChild(count - 1)));
    }

    Expression literal(LiteralContext ctx) {
        return switch (ctx) {
            case StringLiteralContext c -> new StringLiteral(joinStrings(c.children, 0), null);
            case NationalStringLiteralContext c -> new StringLiteral(joinStrings(c.children, 0), "N");
            case CharsetStringLiteralContext c -> new StringLiteral(joinStrings(c.children, 0),
                    Literals.introducer(c.getStart()));
            case NumberLiteralContext c -> new NumberLiteral(c.getStart().getText());
            case BinaryLiteralContext c -> binaryLiteral(c.getStart());
            case BooleanLiteralContext c -> c.TRUE() != null ? TRUE : FALSE;
            case NullLiteralContext c -> NULL;
            default -> throw b.failure("unsupported literal", ctx.getStart());
        };
    }

    /** Adjacent string literals ({@code 'a' 'b'}) are one string. */
    private String joinStrings(List<ParseTree> children, int from) {
        if (children.size() == from + 1) {
            return b.stringValue(((TerminalNode) children.get(from)).getSymbol());
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < children.size(); i++) {
            sb.append(b.stringValue(((TerminalNode) children.get(i)).getSymbol()));
        }
        return sb.toString();
    }

    private static Expression binaryLiteral(Token t) {
        String text = t.getText();
        return switch (t.getType()) {
            case HexNumber -> new BinaryLiteral(text.substring(2), true, true);
            case BitNumber -> new BinaryLiteral(text.substring(2), false, true);
            case HexString -> new BinaryLiteral(text.substring(2, text.length() - 1), true, false);
            default -> new BinaryLiteral(text.substring(2, text.length() - 1), false, false);
        };
    }

    Parameter parameter(ParameterContext ctx) {
        SqlToken t = (SqlToken) ctx.getStart();
        return switch (t.getType()) {
            case QParam -> new Parameter(ParameterKind.QUESTION_MARK, t.ordinal, null);
            case NumberedParam -> new Parameter(ParameterKind.NUMBERED, t.ordinal, null);
            default -> new Parameter(ParameterKind.NAMED, t.ordinal, t.getText().substring(1));
        };
    }

    Variable variable(VariableContext ctx) {
        Token t = ctx.getStart();
        String text = t.getText();
        if (t.getType() == UserVar) {
            String name = text.substring(1);
            char q = name.isEmpty() ? ' ' : name.charAt(0);
            Identifier id = q == '\'' || q == '"' || q == '`'
                    ? io.retort.sql.Identifier.quoted(Literals.quotedName(name, b.dialect))
                    : io.retort.sql.Identifier.of(name);
            return new Variable(VariableKind.USER, null, Name.of(id));
        }
        String[] parts = text.substring(2).split("\\.");
        List<Identifier> names = new ArrayList<>();
        String scope = null;
        int first = 0;
        if (parts.length > 1 && isScope(parts[0])) {
            scope = ModelBuilder.upper(parts[0]);
            first = 1;
        }
        for (int i = first; i < parts.length; i++) {
            names.add(io.retort.sql.Identifier.of(parts[i]));
        }
        for (int i = 1; i < ctx.getChildCount(); i += 2) {
            names.add(b.nameOf(ctx.getChild(i + 1)));
        }
        return new Variable(VariableKind.SYSTEM, scope, new Name(names));
    }

    static boolean isScope(String s) {
        return s.equalsIgnoreCase("GLOBAL") || s.equalsIgnoreCase("SESSION") || s.equalsIgnoreCase("LOCAL")
                || s.equalsIgnoreCase("PERSIST") || s.equalsIgnoreCase("PERSIST_ONLY");
    }

    private Expression caseExpr(CasePrimaryContext c) {
        Expression operand = null;
        Expression otherwise = null;
        boolean seenWhen = false;
        List<WhenClause> whens = new ArrayList<>();
        for (ParseTree child : c.children) {
            if (child instanceof WhenClauseContext w) {
                seenWhen = true;
                whens.add(new WhenClause(expr(w.expr(0)), expr(w.expr(1))));
            } else if (child instanceof ExprContext e) {
                if (seenWhen) {
                    otherwise = expr(e);
                } else {
                    operand = expr(e);
                }
            }
        }
        return new Case(operand, whens, otherwise);
    }

    private Expression extractField(ExtractFieldContext ctx) {
        if (ctx.parameter() != null) {
            return parameter(ctx.parameter());
        }
        if (ctx.StringLit() != null) {
            return new StringLiteral(b.stringValue(ctx.StringLit().getSymbol()), null);
        }
        return new Keyword(ModelBuilder.upper(ctx.getStart().getText()));
    }

    private Expression substring(SubstringPrimaryContext c) {
        Expression string = expr(c.expr(0));
        Expression from = null;
        Expression length = null;
        for (int i = 0; i < c.getChildCount(); i++) {
            if (c.getChild(i) instanceof TerminalNode t) {
                int type = t.getSymbol().getType();
                if (type == FROM) {
                    from = expr((ExprContext) c.getChild(i + 1));
                } else if (type == FOR) {
                    length = expr((ExprContext) c.getChild(i + 1));
                }
            }
        }
        return new Substring(string, from, length);
    }

    private Expression trimFrom(TrimFromPrimaryContext c) {
        List<ExprContext> list = c.expr();
        Expression characters = list.size() > 1 ? expr(list.get(0)) : null;
        Expression source = expr(list.get(list.size() - 1));
        return new Trim(trimSpec(c.LEADING(), c.TRAILING(), c.BOTH()), characters, source);
    }

    private static TrimSpec trimSpec(TerminalNode leading, TerminalNode trailing, TerminalNode both) {
        return leading != null ? TrimSpec.LEADING : trailing != null ? TrimSpec.TRAILING : both != null ? TrimSpec.BOTH : null;
    }

    // ------------------------------------------------------------------ functions

    FunctionCall functionCall(FunctionCallContext ctx) {
        Name name = functionName(ctx.functionName());
        List<Expression> args = List.of();
        boolean distinct = false;
        List<OrderItem> orderBy = List.of();
        Expression separator = null;
        FunctionArgumentsContext a = ctx.functionArguments();
        if (a != null) {
            if (a.Star() != null) {
                args = List.of(new io.retort.sql.Star(null));
            } else {
                args = exprsOf(a);
                distinct = a.DISTINCT() != null;
                if (a.SEPARATOR() != null) {
                    separator = args.get(args.size() - 1);
                    args = args.subList(0, args.size() - 1);
                }
                if (a.orderByClause() != null) {
                    orderBy = b.queries.orderBy(a.orderByClause());
                }
            }
        }
        if (!args.isEmpty() && args.get(0) instanceof ColumnRef c && c.qualifier() == null && !c.column().quoted()
                && name.parts().size() == 1 && takesUnitArgument(name.last().text())
                && TIME_UNITS.contains(ModelBuilder.upper(c.column().text()))) {
            List<Expression> fixed = new ArrayList<>(args);
            fixed.set(0, new Keyword(ModelBuilder.upper(c.column().text())));
            args = fixed;
        }
        List<OrderItem> withinGroup = ctx.withinGroupClause() == null ? List.of()
                : b.queries.orderBy(ctx.withinGroupClause().orderByClause());
        Expression filter = ctx.filterClause() == null ? null : expr(ctx.filterClause().expr());
        Window over = null;
        OverClauseContext o = ctx.overClause();
        if (o != null) {
            over = o.identifier() != null ? new io.retort.sql.WindowRef(b.identifier(o.identifier()))
                    : b.queries.windowSpec(o.windowSpec());
        }
        return new FunctionCall(name, args, distinct, orderBy, separator, withinGroup, filter, over);
    }

    private static boolean takesUnitArgument(String name) {
        return name.equalsIgnoreCase("TIMESTAMPADD") || name.equalsIgnoreCase("TIMESTAMPDIFF");
    }

    private Name functionName(FunctionNameContext ctx) {
        if (ctx.getChildCount() == 1 && ctx.getChild(0) instanceof TerminalNode t) {
            return Name.of(io.retort.sql.Identifier.of(t.getText()));
        }
        return b.dottedName(ctx);
    }

    // ------------------------------------------------------------------ types

    DataType dataType(DataTypeContext ctx) {
        DataTypeNameContext n = ctx.dataTypeName();
        String name;
        List<String> attributes = new ArrayList<>();
        if (n.identifier().size() >= 1 && n.getStart().getType() != SIGNED && n.getStart().getType() != UNSIGNED) {
            StringBuilder sb = new StringBuilder();
            for (IdentifierContext id : n.identifier()) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(typeNameOf(b.identifier(id)));
            }
            name = sb.toString();
        } else if (n.SIGNED() != null || n.UNSIGNED() != null) {
            String sign = n.SIGNED() != null ? "SIGNED" : "UNSIGNED";
            if (n.identifier().isEmpty()) {
                name = sign;
            } else {
                name = typeNameOf(b.identifier(n.identifier(0)));
                attributes.add(sign);
            }
        } else {
            name = ModelBuilder.words(n);
        }
        if (ctx.timeZoneSuffix() != null) {
            name = name + " " + ModelBuilder.words(ctx.timeZoneSuffix());
        }
        List<String> arguments = List.of();
        if (!ctx.typeArgument().isEmpty()) {
            arguments = new ArrayList<>(ctx.typeArgument().size());
            for (TypeArgumentContext a : ctx.typeArgument()) {
                arguments.add(a.getText());
            }
        }
        for (TypeAttributeContext a : ctx.typeAttribute()) {
            if (a.SET() != null || a.CHARSET() != null) {
                ParseTree value = a.getChild(a.getChildCount() - 1);
                String v = value instanceof TerminalNode t && t.getSymbol().getType() == StringLit
                        ? b.stringValue(t.getSymbol()) : value.getText();
                attributes.add("CHARACTER SET " + v);
            } else {
                attributes.add(ModelBuilder.upper(a.getText()));
            }
        }
        return new DataType(name, arguments, attributes, ctx.arraySuffix().size());
    }

    /** Unquoted type names are case-insensitive: kept upper case; quoted ones keep their case in quotes. */
    static String typeNameOf(Identifier id) {
        return id.quoted() ? "\"" + id.text() + "\"" : ModelBuilder.upper(id.text());
    }
}
