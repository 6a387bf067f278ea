#include "app/cli/typescommand.h"

#include "app/cli/clicommand.h"
#include "app/cli/clicontext.h"
#include "app/cli/texttable.h"
#include "connectors/connectorregistry.h"

#include <QJsonArray>

namespace miq {

namespace {

class TypesCommand
{
    Q_DECLARE_TR_FUNCTIONS(TypesCommand)

public:
    static int run(CliContext &context, const CliInvocation &invocation);
    static QString fieldDescription(const ConfigField &field);
};

QString TypesCommand::fieldDescription(const ConfigField &field)
{
    QString text = field.label;
    if (!field.help.isEmpty())
        text += QStringLiteral(": ") + field.help;
    if (field.kind == ConfigField::Kind::Choice && !field.choices.isEmpty()) {
        QStringList shown;
        for (const QString &choice : field.choices)
            shown << (choice.isEmpty() ? QStringLiteral("\"\"") : TextTable::singleLine(choice));
        text += QLatin1Char(' ') + tr("(one of: %1)").arg(shown.join(QStringLiteral(", ")));
    }
    if (field.kind == ConfigField::Kind::Integer && field.maximum > field.minimum)
        text += QLatin1Char(' ') + tr("(%1 to %2)").arg(field.minimum).arg(field.maximum);
    return text;
}

int TypesCommand::run(CliContext &context, const CliInvocation &invocation)
{
    const ConnectorRegistry &registry = ConnectorRegistry::builtin();
    QList<ConnectorSpec> specs = registry.specs();
    if (!invocation.arguments.isEmpty()) {
        const ConnectorSpec *spec = registry.spec(invocation.arguments.first());
        if (!spec) {
            QStringList known;
            for (const ConnectorSpec &s : std::as_const(specs))
                known << s.typeId;
            context.out().error(tr("Unknown connector type '%1'. Known types: %2.")
                                    .arg(invocation.arguments.first(), known.join(QStringLiteral(", "))));
            return code(ExitCode::Usage);
        }
        specs = {*spec};
    }

    if (context.out().json()) {
        QJsonArray types;
        for (const ConnectorSpec &spec : std::as_const(specs)) {
            QJsonArray fields;
            for (const ConfigField &field : spec.fields)
                fields.append(fieldJson(field));
            types.append(QJsonObject{{QStringLiteral("type"), spec.typeId},
                                     {QStringLiteral("name"), spec.displayName},
                                     {QStringLiteral("description"), spec.description},
                                     {QStringLiteral("file_suffixes"), QJsonArray::fromStringList(spec.fileSuffixes)},
                                     {QStringLiteral("fields"), fields}});
        }
        context.out().printJson(types);
        return code(ExitCode::Ok);
    }

    // Blocks rather than a table: the help of a field is what the user came for, and a table
    // would have to clip it.
    const int width = qMin(CliOutput::terminalWidth(), 120);
    QString text;
    for (const ConnectorSpec &spec : std::as_const(specs)) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += QStringLiteral("%1 - %2\n").arg(spec.typeId, spec.displayName);
        if (!spec.description.isEmpty())
            text += TextTable::wrap(spec.description, 2, width);
        if (!spec.fileSuffixes.isEmpty())
            text += TextTable::wrap(tr("Files: %1").arg(QLatin1Char('.') + spec.fileSuffixes.join(QStringLiteral(", ."))),
                                    2, width);
        text += QStringLiteral("  ") + tr("Settings (--set KEY=VALUE):") + QLatin1Char('\n');
        for (const ConfigField &field : spec.fields) {
            QStringList facts{fieldKindName(field.kind)};
            if (field.required)
                facts << tr("required");
            if (field.secret)
                facts << tr("secret: read with --secret-stdin or prompted for, never --set");
            if (!fieldDefaultText(field).isEmpty())
                facts << tr("default: %1").arg(fieldDefaultText(field));
            text += QStringLiteral("    %1  (%2)\n").arg(field.key, facts.join(QStringLiteral(", ")));
            text += TextTable::wrap(fieldDescription(field), 8, width);
        }
    }
    text += QLatin1Char('\n')
            + TextTable::wrap(tr("Give settings with 'sources add --type TYPE --set KEY=VALUE'. Secret fields "
                                 "are never taken from the command line: they are read with --secret-stdin "
                                 "or prompted for."),
                              0, width)
                  .chopped(1);
    context.out().print(text);
    return code(ExitCode::Ok);
}

} // namespace

QString fieldKindName(ConfigField::Kind kind)
{
    switch (kind) {
    case ConfigField::Kind::Text: return QStringLiteral("text");
    case ConfigField::Kind::Integer: return QStringLiteral("integer");
    case ConfigField::Kind::Boolean: return QStringLiteral("boolean");
    case ConfigField::Kind::Choice: return QStringLiteral("choice");
    case ConfigField::Kind::FilePath: return QStringLiteral("file");
    case ConfigField::Kind::Password: return QStringLiteral("password");
    case ConfigField::Kind::MultilineText: return QStringLiteral("multiline");
    }
    return QString();
}

QString fieldDefaultText(const ConfigField &field)
{
    if (!field.defaultValue.isValid() || field.defaultValue.isNull())
        return QString();
    if (field.defaultValue.typeId() == QMetaType::Bool)
        return field.defaultValue.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return TextTable::singleLine(field.defaultValue.toString());
}

QJsonObject fieldJson(const ConfigField &field)
{
    QJsonObject o{{QStringLiteral("key"), field.key},
                  {QStringLiteral("label"), field.label},
                  {QStringLiteral("kind"), fieldKindName(field.kind)},
                  {QStringLiteral("required"), field.required},
                  {QStringLiteral("secret"), field.secret},
                  {QStringLiteral("default"), field.defaultValue.isValid() && !field.defaultValue.isNull()
                                                  ? QJsonValue::fromVariant(field.defaultValue)
                                                  : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("help"), field.help}};
    if (field.kind == ConfigField::Kind::Choice)
        o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(field.choices));
    if (field.kind == ConfigField::Kind::Integer && field.maximum > field.minimum) {
        o.insert(QStringLiteral("minimum"), field.minimum);
        o.insert(QStringLiteral("maximum"), field.maximum);
    }
    return o;
}

QList<CliCommand> typesCommands()
{
    CliCommand types;
    types.words = {QStringLiteral("types")};
    types.synopsis = QStringLiteral("[TYPE]");
    types.summary = TypesCommand::tr("List the connector types and the settings each one takes");
    types.description = TypesCommand::tr(
        "For each connector type: its id (what 'sources add --type' takes), the file suffixes it "
        "recognises, and its fields: key (what '--set KEY=VALUE' takes), kind, whether it is required "
        "or secret, its default and its help. With TYPE, only that type, with --json "
        "as an array of objects. Needs no workspace.");
    types.maxArguments = 1;
    types.run = &TypesCommand::run;
    return {types};
}

} // namespace miq
