// `streams` and `preview`: what a source (or a bare file) contains, and its first rows.

#include "app/cli/clicommand.h"
#include "app/cli/clicontext.h"
#include "app/cli/texttable.h"
#include "engine/sourceoperations.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace miq {

namespace {

constexpr int defaultPreviewRows = 20;
constexpr int maxPreviewRows = 100000;
constexpr int badRecordsShown = 10;

class BrowseCommand
{
    Q_DECLARE_TR_FUNCTIONS(BrowseCommand)

public:
    static int streams(CliContext &context, const CliInvocation &invocation);
    static int preview(CliContext &context, const CliInvocation &invocation);
    static void reportBadRecords(CliContext &context, const QString &stream, const QList<BadRecord> &records);
};

// Stable identifiers for JSON; streamKindName() is the translated form for text.
QString kindId(StreamInfo::Kind kind)
{
    switch (kind) {
    case StreamInfo::Kind::File: return QStringLiteral("file");
    case StreamInfo::Kind::Table: return QStringLiteral("table");
    case StreamInfo::Kind::View: return QStringLiteral("view");
    case StreamInfo::Kind::Query: return QStringLiteral("query");
    }
    return QString();
}

QJsonValue optionalJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

// A double from its 17-digit display text back to the shortest text that reads as the same
// number: "0.1", not "0.10000000000000001". Lossless, so fine for --json too.
QString shortestDouble(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? QString::number(value, 'g', QLocale::FloatingPointShortest) : text;
}

bool isNumeric(const QString &typeName)
{
    return typeName == QLatin1String("integer") || typeName == QLatin1String("double")
           || typeName == QLatin1String("decimal");
}

void BrowseCommand::reportBadRecords(CliContext &context, const QString &stream, const QList<BadRecord> &records)
{
    if (records.isEmpty())
        return;
    QString text = records.size() == 1 ? tr("1 bad record in '%1' was skipped:").arg(stream)
                                       : tr("%1 bad records in '%2' were skipped:").arg(records.size()).arg(stream);
    for (qsizetype i = 0; i < records.size() && i < badRecordsShown; ++i) {
        const BadRecord &r = records[i];
        QString where = r.line > 0 ? tr("line %1").arg(r.line) : tr("record %1").arg(r.recordNumber + 1);
        if (!r.location.isEmpty())
            where = r.location + QLatin1Char(' ') + where;
        if (!r.column.isEmpty())
            where += QLatin1Char(' ') + tr("(column '%1')").arg(r.column);
        text += QStringLiteral("\n  ") + where + QStringLiteral(": ") + r.reason;
    }
    if (records.size() > badRecordsShown)
        text += QStringLiteral("\n  ") + tr("... and %1 more (see --json)").arg(records.size() - badRecordsShown);
    context.out().warning(text);
}

int BrowseCommand::streams(CliContext &context, const CliInvocation &invocation)
{
    ExitCode failure = ExitCode::Ok;
    const auto target = context.resolveTarget(invocation.arguments.first(), &failure);
    if (!target)
        return code(failure);
    const auto streams = SourceOperations::discoverStreams(target->typeId, target->settings);
    if (!streams) {
        context.out().error(streams.error());
        return code(ExitCode::Failure);
    }

    if (context.out().json()) {
        QJsonArray array;
        for (const StreamInfo &s : *streams) {
            QJsonArray columns;
            for (const ColumnInfo &c : s.columns)
                columns.append(QJsonObject{{QStringLiteral("name"), c.name},
                                           {QStringLiteral("type"), columnTypeName(c.type)},
                                           {QStringLiteral("native_type"), c.nativeType},
                                           {QStringLiteral("nullable"), c.nullable},
                                           {QStringLiteral("primary_key"), c.primaryKey}});
            array.append(QJsonObject{{QStringLiteral("name"), s.name},
                                     {QStringLiteral("kind"), kindId(s.kind)},
                                     {QStringLiteral("row_estimate"), optionalJson(s.rowEstimate)},
                                     {QStringLiteral("size_bytes"), optionalJson(s.sizeBytes)},
                                     {QStringLiteral("detail"), s.detail},
                                     {QStringLiteral("columns"), columns}});
        }
        context.out().printJson(QJsonObject{{QStringLiteral("source"), target->settings.sourceName},
                                            {QStringLiteral("type"), target->typeId},
                                            {QStringLiteral("streams"), array}});
        return code(ExitCode::Ok);
    }

    if (streams->isEmpty()) {
        context.out().print(tr("'%1' has no streams.").arg(target->settings.sourceName));
        return code(ExitCode::Ok);
    }
    const QLocale locale;
    const int width = CliOutput::terminalWidth();
    QString text;
    for (const StreamInfo &s : *streams) {
        QStringList facts{streamKindName(s.kind)};
        if (s.rowEstimate)
            facts << tr("~%1 rows").arg(locale.toString(*s.rowEstimate));
        if (s.sizeBytes)
            facts << locale.formattedDataSize(*s.sizeBytes);
        if (!s.detail.isEmpty())
            facts << TextTable::singleLine(s.detail);
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += TextTable::clip(QStringLiteral("%1 (%2)").arg(s.name, facts.join(QStringLiteral(", "))), width)
                + QLatin1Char('\n');
        if (s.columns.isEmpty())
            continue;
        TextTable columns({tr("COLUMN"), tr("TYPE"), tr("NATIVE TYPE"), tr("NULLABLE"), tr("KEY")});
        for (const ColumnInfo &c : s.columns)
            columns.addRow({c.name, columnTypeName(c.type), c.nativeType, c.nullable ? tr("yes") : tr("no"),
                            c.primaryKey ? tr("primary") : QString()});
        for (const QString &line : columns.render(width - 2).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            text += QStringLiteral("  ") + line + QLatin1Char('\n');
    }
    context.out().print(text.chopped(1));
    return code(ExitCode::Ok);
}

int BrowseCommand::preview(CliContext &context, const CliInvocation &invocation)
{
    int limit = defaultPreviewRows;
    if (invocation.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = invocation.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > maxPreviewRows) {
            context.out().error(tr("--limit must be a whole number from 1 to %1, not '%2'.")
                                    .arg(maxPreviewRows)
                                    .arg(invocation.value(QStringLiteral("limit"))));
            return code(ExitCode::Usage);
        }
    }
    ExitCode failure = ExitCode::Ok;
    const auto target = context.resolveTarget(invocation.arguments.first(), &failure);
    if (!target)
        return code(failure);
    const QString stream = invocation.value(QStringLiteral("stream"));
    if (!stream.isEmpty()) {
        // A stream name that does not exist is a wrong argument (exit 2), not a read failure.
        const auto streams = SourceOperations::discoverStreams(target->typeId, target->settings);
        if (!streams) {
            context.out().error(streams.error());
            return code(ExitCode::Failure);
        }
        QStringList names;
        for (const StreamInfo &s : *streams)
            names << s.name;
        if (!names.contains(stream)) {
            context.out().error(tr("'%1' has no stream '%2'. Its streams: %3.")
                                    .arg(target->settings.sourceName, stream, names.join(QStringLiteral(", "))));
            return code(ExitCode::Usage);
        }
    }
    auto data = SourceOperations::preview(target->typeId, target->settings, stream, limit);
    if (!data) {
        context.out().error(data.error());
        return code(ExitCode::Failure);
    }
    for (qsizetype c = 0; c < data->columnTypes.size(); ++c)
        if (data->columnTypes[c] == QLatin1String("double"))
            for (qsizetype r = 0; r < data->rows.size(); ++r)
                if (!data->nulls.value(r).value(c))
                    data->rows[r][c] = shortestDouble(data->rows[r][c]);

    reportBadRecords(context, data->stream, data->badRecords);

    if (context.out().json()) {
        QJsonArray rows;
        for (qsizetype r = 0; r < data->rows.size(); ++r) {
            QJsonArray row;
            for (qsizetype c = 0; c < data->rows[r].size(); ++c)
                row.append(data->nulls.value(r).value(c) ? QJsonValue(QJsonValue::Null) : QJsonValue(data->rows[r][c]));
            rows.append(row);
        }
        QJsonArray badRecords;
        for (const BadRecord &b : std::as_const(data->badRecords))
            badRecords.append(QJsonObject{{QStringLiteral("line"), double(b.line)},
                                          {QStringLiteral("record"), double(b.recordNumber)},
                                          {QStringLiteral("location"), b.location},
                                          {QStringLiteral("column"), b.column},
                                          {QStringLiteral("reason"), b.reason}});
        context.out().printJson(QJsonObject{{QStringLiteral("stream"), data->stream},
                                            {QStringLiteral("columns"), QJsonArray::fromStringList(data->columns)},
                                            {QStringLiteral("types"), QJsonArray::fromStringList(data->columnTypes)},
                                            {QStringLiteral("rows"), rows},
                                            {QStringLiteral("bad_records"), badRecords}});
        return code(ExitCode::Ok);
    }

    TextTable table(data->columns);
    for (qsizetype c = 0; c < data->columnTypes.size(); ++c)
        table.setRightAligned(int(c), isNumeric(data->columnTypes[c]));
    for (qsizetype r = 0; r < data->rows.size(); ++r) {
        QStringList cells = data->rows[r];
        for (qsizetype c = 0; c < cells.size(); ++c)
            if (data->nulls.value(r).value(c))
                cells[c] = QStringLiteral("NULL");
        table.addRow(cells);
    }
    const int width = CliOutput::terminalWidth();
    QString text = table.render(width);
    text += data->rows.size() == 1 ? tr("(1 row of '%1')").arg(data->stream)
                                   : tr("(%1 rows of '%2')").arg(data->rows.size()).arg(data->stream);
    context.out().print(text);
    if (const int hidden = table.hiddenColumns(width); hidden > 0)
        context.out().note(tr("%1 of %2 columns did not fit in %3 characters and are not shown; use --json, "
                              "or set COLUMNS for a wider table.")
                               .arg(hidden)
                               .arg(data->columns.size())
                               .arg(width));
    return code(ExitCode::Ok);
}

} // namespace

QList<CliCommand> browseCommands()
{
    CliCommand streams;
    streams.words = {QStringLiteral("streams")};
    streams.synopsis = QStringLiteral("NAME|FILE");
    streams.summary = BrowseCommand::tr("List the streams of a source (files, tables, views) and their columns");
    streams.description = BrowseCommand::tr(
        "NAME is a source of the workspace; otherwise the argument is taken as a file whose type is "
        "told by its suffix (.csv, .json, .sqlite...), and no workspace is needed. For each stream: its "
        "kind, estimated rows, size and detail, and its columns with type, native type, nullability and "
        "primary key.");
    streams.minArguments = streams.maxArguments = 1;
    streams.run = &BrowseCommand::streams;

    CliCommand preview;
    preview.words = {QStringLiteral("preview")};
    preview.synopsis = QStringLiteral("NAME|FILE [--stream S] [--limit K]");
    preview.summary = BrowseCommand::tr("Show the first rows of a source's stream, or of a file");
    preview.description = BrowseCommand::tr(
        "NAME is a source of the workspace; otherwise the argument is taken as a file whose type is told by "
        "its suffix, and no workspace is needed. The text table is clipped to the terminal width (cells "
        "end in '…'; null cells show as NULL); --json gives every cell: the text as read, \"\" for an empty "
        "field, null for a null. Records that cannot be read are listed on standard error with their line "
        "numbers.");
    preview.options = {QCommandLineOption(QStringLiteral("stream"),
                                          BrowseCommand::tr("The stream to read (see 'streams'); default: the first one."),
                                          QStringLiteral("S")),
                       QCommandLineOption(QStringLiteral("limit"),
                                          BrowseCommand::tr("Rows to show, 1 to %1 (default %2).").arg(maxPreviewRows).arg(defaultPreviewRows),
                                          QStringLiteral("K"))};
    preview.minArguments = preview.maxArguments = 1;
    preview.run = &BrowseCommand::preview;
    return {streams, preview};
}

} // namespace miq
