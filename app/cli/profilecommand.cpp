// `profile`: profiles a stream of a source (or a bare file) and prints the summary, a column
// table and the alerts, or the whole profile as JSON (engine/profile/profilejson.h).

#include "app/cli/clicommand.h"
#include "app/cli/clicontext.h"
#include "app/cli/texttable.h"
#include "connectors/connectorregistry.h"
#include "engine/profile/profilejson.h"
#include "engine/profile/profiler.h"
#include "engine/profile/profilereport.h"
#include "engine/profile/profilestore.h"
#include "engine/sourceoperations.h"

#include <QFileInfo>
#include <QLocale>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace miq {

namespace {

class ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    static int run(CliContext &context, const CliInvocation &invocation);
    static QString summaryText(const DatasetProfile &profile);
    static QString columnTable(const DatasetProfile &profile, int width);
    static QString alertsText(const DatasetProfile &profile);
};

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(STDERR_FILENO);
#endif
}

void writeStderr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QString figure(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 6) : QString();
}

QString score(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("-");
}

QString ProfileCommand::summaryText(const DatasetProfile &p)
{
    const QLocale locale;
    QString text = tr("Profile of '%1'%2: %3 rows, %4 columns, %5 s")
                       .arg(p.stream,
                            p.sourceName.isEmpty() ? QString() : tr(" (source '%1')").arg(p.sourceName),
                            locale.toString(p.rows))
                       .arg(p.columns.size())
                       .arg(locale.toString(p.seconds, 'f', 2));
    if (p.sampled)
        text += QLatin1Char('\n') + tr("Sample: the first %1 rows only.").arg(locale.toString(p.sampleRows));
    if (!p.encoding.isEmpty() || !p.dialect.isEmpty())
        text += QLatin1Char('\n') + tr("File: %1").arg(QStringList{p.encoding, p.dialect}.join(QStringLiteral(", ")));
    text += QLatin1Char('\n') + tr("Duplicate rows: %1%2; bad records set aside: %3")
                                    .arg(p.duplicateRowsExact ? QString() : QStringLiteral("~"), locale.toString(p.duplicateRows),
                                         locale.toString(p.badRecords));
    QStringList dims;
    for (const QualityScore &q : p.quality)
        dims << QStringLiteral("%1 %2").arg(qualityDimensionName(q.dimension), score(q.score));
    text += QLatin1Char('\n') + tr("Quality: %1 overall (%2)").arg(score(p.qualityOverall), dims.join(QStringLiteral(", ")));
    QStringList keys;
    for (const CandidateKey &k : p.candidateKeys)
        keys << (k.columns.join(QStringLiteral(" + ")) + (k.exact ? QString() : QStringLiteral(" (~)")));
    if (!keys.isEmpty())
        text += QLatin1Char('\n') + tr("Candidate keys: %1").arg(keys.join(QStringLiteral(", ")));
    return text;
}

QString ProfileCommand::columnTable(const DatasetProfile &p, int width)
{
    const QLocale locale;
    TextTable table({tr("COLUMN"), tr("TYPE"), tr("FIT"), tr("MISSING"), tr("DISTINCT"), tr("MIN"), tr("MAX"),
                     tr("MEAN"), tr("MEDIAN"), tr("TOP VALUE"), tr("QUALITY")});
    for (int c : {2, 3, 4, 5, 6, 7, 8, 10})
        table.setRightAligned(c);
    for (const ProfileColumn &c : p.columns) {
        QString type = profileTypeName(c.inferredType);
        if (c.semanticType != SemanticType::None)
            type += QLatin1Char('/') + semanticTypeName(c.semanticType);
        QString median;
        for (const auto &[name, value] : c.quantiles)
            if (name == QLatin1String("p50"))
                median = locale.toString(value, 'g', 6);
        QString min = figure(c.min);
        QString max = figure(c.max);
        if (!c.dateMin.isEmpty()) {
            min = c.dateMin;
            max = c.dateMax;
        } else if (!c.min && c.lengthMin) {
            min = tr("len %1").arg(*c.lengthMin);
            max = tr("len %1").arg(*c.lengthMax);
        }
        const QString top = c.topValues.isEmpty() ? QString()
                                                  : QStringLiteral("%1 (%2)").arg(c.topValues.first().value,
                                                                                  locale.toString(c.topValues.first().count));
        table.addRow({c.name, type, locale.toString(c.typeConfidence * 100, 'f', 1) + QLatin1Char('%'),
                      locale.toString(c.nulls + c.blanks),
                      (c.distinctExact ? QString() : QStringLiteral("~")) + locale.toString(c.distinct), min, max,
                      figure(c.mean), median, top, score(c.qualityOverall)});
    }
    return table.render(width);
}

QString ProfileCommand::alertsText(const DatasetProfile &p)
{
    QString text;
    if (p.alerts.isEmpty())
        return tr("No alerts.");
    text = tr("Alerts (%1):").arg(p.alerts.size());
    for (const ProfileAlert &a : p.alerts)
        text += QStringLiteral("\n  [%1] %2").arg(alertKindName(a.kind), a.message);
    return text;
}

int ProfileCommand::run(CliContext &context, const CliInvocation &invocation)
{
    ProfileOptions options;
    if (invocation.isSet(QStringLiteral("sample"))) {
        bool ok = false;
        options.sampleRows = invocation.value(QStringLiteral("sample")).toLongLong(&ok);
        if (!ok || options.sampleRows < 1) {
            context.out().error(tr("--sample must be a whole number of rows greater than 0, not '%1'.")
                                    .arg(invocation.value(QStringLiteral("sample"))));
            return code(ExitCode::Usage);
        }
    }
    const QString html = invocation.value(QStringLiteral("html"));
    if (invocation.isSet(QStringLiteral("html")) && html.trimmed().isEmpty()) {
        context.out().error(tr("--html needs a file name."));
        return code(ExitCode::Usage);
    }
    // SOURCE:STREAM, unless the whole argument is a file (a Windows path has a colon too).
    QString target = invocation.arguments.first();
    QString stream;
    const qsizetype colon = target.indexOf(QLatin1Char(':'));
    if (!QFileInfo(target).isFile() && colon > 0) {
        stream = target.mid(colon + 1);
        target = target.left(colon);
    }
    ExitCode failure = ExitCode::Ok;
    const auto resolved = context.resolveTarget(target, &failure);
    if (!resolved)
        return code(failure);
    auto connector = ConnectorRegistry::builtin().create(resolved->typeId, resolved->settings);
    if (!connector) {
        context.out().error(connector.error());
        return code(ExitCode::Usage);
    }
    if (!stream.isEmpty()) {
        // A stream that does not exist is a wrong argument (exit 2), not a read failure.
        const auto streams = (*connector)->discover();
        if (!streams) {
            context.out().error(streams.error());
            return code(ExitCode::Failure);
        }
        QStringList names;
        for (const StreamInfo &s : *streams)
            names << s.name;
        if (!names.contains(stream)) {
            context.out().error(tr("'%1' has no stream '%2'. Its streams: %3.")
                                    .arg(resolved->settings.sourceName, stream, names.join(QStringLiteral(", "))));
            return code(ExitCode::Usage);
        }
    }

    const bool showProgress = stderrIsTerminal();
    int shown = 0;
    if (showProgress) {
        options.progress = [&shown](const ProfileProgress &p) {
            const QLocale locale;
            QString text = tr("Profiling: %1 rows").arg(locale.toString(p.rows));
            if (p.bytesTotal > 0 && p.bytesRead >= 0)
                text += QStringLiteral(", %1%").arg(qMin<qint64>(100, p.bytesRead * 100 / p.bytesTotal));
            if (p.rowsPerSecond > 0)
                text += tr(", %1 rows/s").arg(locale.toString(qint64(p.rowsPerSecond)));
            writeStderr(QLatin1Char('\r') + text + QString(qMax(0, shown - int(text.size())), QLatin1Char(' ')));
            shown = int(text.size());
        };
    }
    const QString sourceName = resolved->source ? resolved->settings.sourceName : QString();
    const Result<DatasetProfile> profile = Profiler::profile(**connector, sourceName, stream, options);
    if (shown > 0)
        writeStderr(QLatin1Char('\r') + QString(shown, QLatin1Char(' ')) + QLatin1Char('\r'));
    if (!profile) {
        context.out().error(profile.error());
        return code(ExitCode::Failure);
    }
    if (profile->badRecords > 0)
        context.out().warning(tr("%1 records of '%2' could not be read and are not in the profile; "
                                 "'preview' lists them with their line numbers.")
                                  .arg(QLocale().toString(profile->badRecords), profile->stream));
    if (resolved->source) {
        // A workspace source's profiles form its stream's history (the Profiles pane compares them).
        ProfileStore store(context.workspace());
        if (auto saved = store.save({resolved->source->id, QString(), profile->stream}, *profile); !saved)
            context.out().warning(saved.error());
    }
    if (!html.isEmpty()) {
        if (Status written = ProfileReport::writeHtml(*profile, html); !written) {
            context.out().error(written.error());
            return code(ExitCode::Failure);
        }
        if (!context.out().json())
            context.out().note(tr("wrote the HTML report to '%1'").arg(QFileInfo(html).absoluteFilePath()));
    }
    if (context.out().json()) {
        context.out().printJson(profileToJson(*profile));
        return code(ExitCode::Ok);
    }
    const int width = CliOutput::terminalWidth();
    QString text = summaryText(*profile) + QStringLiteral("\n\n") + columnTable(*profile, width) + QLatin1Char('\n')
                   + alertsText(*profile);
    if (!profile->sketchNotes.isEmpty()) {
        text += QLatin1Char('\n') + tr("Estimated figures:");
        for (const QString &note : profile->sketchNotes)
            text += QStringLiteral("\n  - ") + note;
    }
    context.out().print(text);
    return code(ExitCode::Ok);
}

} // namespace

QList<CliCommand> profileCommands()
{
    CliCommand profile;
    profile.words = {QStringLiteral("profile")};
    profile.synopsis = QStringLiteral("SOURCE[:STREAM]|FILE [--sample N] [--json] [--html OUT]");
    profile.summary = ProfileCommand::tr("Profile a stream: types, statistics, formats, quality scores and alerts");
    profile.description = ProfileCommand::tr(
        "SOURCE is a source of the workspace, STREAM one of its streams (default: the first one, see 'streams'); "
        "otherwise the argument is taken as a file whose type is told by its suffix, and no workspace is needed. "
        "Every row is read once, in parallel chunks, with bounded memory. The output is a summary (rows, duplicate "
        "rows, quality scores, candidate keys), one line per column (inferred type and the share of values that "
        "fit it, missing values, distinct values, range, mean, median, most frequent value, quality) and the "
        "alerts, most severe first; figures estimated with sketches are marked '~' and explained at the end. "
        "--json prints the whole profile (see docs/profiling.md for what each figure means); --html OUT also "
        "writes it as a self-contained HTML report with charts. The profile of a workspace source is saved in "
        "the workspace, where the Profiles pane shows its history.");
    profile.options = {QCommandLineOption(QStringLiteral("sample"),
                                          ProfileCommand::tr("Profile only the first N rows (faster; every figure then "
                                                             "describes those rows)."),
                                          QStringLiteral("N")),
                       QCommandLineOption(QStringLiteral("html"),
                                          ProfileCommand::tr("Also write the profile as a self-contained HTML report "
                                                             "(charts included) to OUT."),
                                          QStringLiteral("OUT"))};
    profile.minArguments = profile.maxArguments = 1;
    profile.run = &ProfileCommand::run;
    return {profile};
}

} // namespace miq
