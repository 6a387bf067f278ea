// The column mapping of a job from the command line: rename, exclude, cast, constant, mask, and
// the run metadata columns.

#include "app/cli/jobscommand.h"
#include "app/cli/texttable.h"

namespace miq {

namespace {

const QList<ColumnType> castTypes = {ColumnType::String, ColumnType::Int64, ColumnType::Double,
                                     ColumnType::Bool,   ColumnType::Date,  ColumnType::Timestamp,
                                     ColumnType::Decimal};
const QStringList maskIds = {QStringLiteral("none"), QStringLiteral("hash"), QStringLiteral("redact")};
const QStringList columnOptions = {QStringLiteral("map"),      QStringLiteral("exclude"),
                                   QStringLiteral("cast"),     QStringLiteral("mask"),
                                   QStringLiteral("constant"), QStringLiteral("include")};

QStringList castTypeNames()
{
    QStringList names;
    for (ColumnType t : castTypes)
        names << columnTypeName(t);
    return names;
}

struct Assignment
{
    QString column;
    QString value;
};

} // namespace

QList<QCommandLineOption> JobMappingCli::options(bool edit)
{
    QList<QCommandLineOption> list{
        QCommandLineOption(QStringLiteral("map"), tr("Rename source column SRC to TARGET (repeatable)."),
                           QStringLiteral("SRC=TARGET")),
        QCommandLineOption(QStringLiteral("exclude"), tr("Leave column COL out (repeatable)."),
                           QStringLiteral("COL")),
        QCommandLineOption(QStringLiteral("cast"),
                           tr("Give column COL the type TYPE instead of the inferred one: %1%2 (repeatable).")
                               .arg(castTypeNames().join(QStringLiteral(", ")),
                                    edit ? tr("; 'auto' goes back to the inferred type") : QString()),
                           QStringLiteral("COL=TYPE")),
        QCommandLineOption(QStringLiteral("constant"),
                           tr("Add a column COL holding VALUE on every row (repeatable)."),
                           QStringLiteral("COL=VALUE")),
        QCommandLineOption(
            QStringLiteral("mask"),
            tr("Mask column COL: hash (SHA-256 with the workspace's salt: joinable, not reversible) "
               "or redact%1 (repeatable).")
                .arg(edit ? tr("; 'none' removes the mask") : QString()),
            QStringLiteral("COL=hash|redact")),
        QCommandLineOption(QStringLiteral("add-run-id"), tr("Add a column _miq_run_id with the run's id.")),
        QCommandLineOption(QStringLiteral("add-loaded-at"),
                           tr("Add a column _miq_loaded_at with the time the run started.")),
    };
    if (edit)
        list << QCommandLineOption(QStringLiteral("include"),
                                   tr("Copy an excluded column again (repeatable)."), QStringLiteral("COL"))
             << QCommandLineOption(
                    QStringLiteral("reset-mapping"),
                    tr("Forget the column mapping: copy every source column as is (other column "
                       "options then apply to that)."))
             << QCommandLineOption(QStringLiteral("no-run-id"), tr("Drop the _miq_run_id column."))
             << QCommandLineOption(QStringLiteral("no-loaded-at"), tr("Drop the _miq_loaded_at column."));
    return list;
}

bool JobMappingCli::changesColumns(const CliInvocation &invocation, bool edit)
{
    for (const QString &option : columnOptions)
        if ((edit || option != QLatin1String("include")) && invocation.isSet(option))
            return true;
    return false;
}

bool JobMappingCli::listsSourceColumns(const JobMapping &mapping)
{
    for (const ColumnMapping &m : mapping.columns)
        if (!m.source.isEmpty())
            return true;
    return false;
}

QStringList JobMappingCli::targetNames(const JobMapping &mapping)
{
    QStringList names;
    for (const ColumnMapping &m : mapping.columns)
        if (m.include)
            names << (m.target.isEmpty() ? m.source : m.target);
    return names;
}

bool JobMappingCli::apply(CliContext &context, const CliInvocation &invocation, bool edit,
                          JobMapping &mapping, const QList<ColumnInfo> &sourceColumns,
                          const QString &sourceLabel)
{
    const auto flag = [&](const QString &on, const QString &off, bool &value) {
        if (invocation.isSet(on) && edit && invocation.isSet(off)) {
            context.out().error(tr("--%1 and --%2 contradict each other.").arg(on, off));
            return false;
        }
        if (invocation.isSet(on))
            value = true;
        else if (edit && invocation.isSet(off))
            value = false;
        return true;
    };
    if (!flag(QStringLiteral("add-run-id"), QStringLiteral("no-run-id"), mapping.addRunId) ||
        !flag(QStringLiteral("add-loaded-at"), QStringLiteral("no-loaded-at"), mapping.addLoadedAt))
        return false;
    if (edit && invocation.isSet(QStringLiteral("reset-mapping")))
        mapping.columns.clear();
    if (!changesColumns(invocation, edit))
        return true;
    if (!listsSourceColumns(mapping)) {
        QList<ColumnMapping> listed;
        for (const ColumnInfo &c : sourceColumns) {
            ColumnMapping m;
            m.source = m.target = c.name;
            listed << m;
        }
        mapping.columns = listed + mapping.columns; // constants stay after the source columns
    }

    const auto assignments = [&](const QString &option,
                                 const QString &form) -> std::optional<QList<Assignment>> {
        QList<Assignment> list;
        for (const QString &text : invocation.values(option)) {
            const qsizetype eq = text.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                context.out().error(tr("--%1 needs %2, not '%3'.").arg(option, form, text));
                return std::nullopt;
            }
            list.append({text.left(eq).trimmed(), text.mid(eq + 1)});
        }
        return list;
    };
    // A source column by its source name, else any column by its target name; exact, then ignoring case.
    const auto find = [&](const QString &name, bool sourceOnly) -> qsizetype {
        for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
            for (qsizetype i = 0; i < mapping.columns.size(); ++i)
                if (!mapping.columns[i].source.isEmpty() && mapping.columns[i].source.compare(name, cs) == 0)
                    return i;
            if (!sourceOnly)
                for (qsizetype i = 0; i < mapping.columns.size(); ++i)
                    if (mapping.columns[i].target.compare(name, cs) == 0)
                        return i;
        }
        context.out().error(tr("'%1' has no column '%2'. Its columns: %3.")
                                .arg(sourceLabel, name, targetNames(mapping).join(QStringLiteral(", "))));
        return -1;
    };

    const auto maps = assignments(QStringLiteral("map"), QStringLiteral("SRC=TARGET"));
    const auto constants = assignments(QStringLiteral("constant"), QStringLiteral("COL=VALUE"));
    const auto casts = assignments(QStringLiteral("cast"), QStringLiteral("COL=TYPE"));
    const auto masks = assignments(QStringLiteral("mask"), QStringLiteral("COL=hash|redact"));
    if (!maps || !constants || !casts || !masks)
        return false;

    for (const Assignment &a : *maps) {
        const qsizetype i = find(a.column, true);
        if (i < 0)
            return false;
        if (a.value.trimmed().isEmpty()) {
            context.out().error(tr("--map %1= needs the new name of the column.").arg(a.column));
            return false;
        }
        mapping.columns[i].target = a.value.trimmed();
        mapping.columns[i].include = true;
    }
    for (const Assignment &a : *constants) {
        qsizetype existing = -1;
        for (qsizetype i = 0; i < mapping.columns.size(); ++i)
            if (mapping.columns[i].constant &&
                mapping.columns[i].target.compare(a.column, Qt::CaseInsensitive) == 0)
                existing = i;
        if (existing >= 0) {
            mapping.columns[existing].constant = a.value;
            continue;
        }
        ColumnMapping m;
        m.target = a.column;
        m.constant = a.value;
        mapping.columns << m;
    }
    if (edit)
        for (const QString &name : invocation.values(QStringLiteral("include"))) {
            const qsizetype i = find(name, false);
            if (i < 0)
                return false;
            mapping.columns[i].include = true;
        }
    for (const QString &name : invocation.values(QStringLiteral("exclude"))) {
        const qsizetype i = find(name, false);
        if (i < 0)
            return false;
        if (mapping.columns[i].constant)
            mapping.columns.removeAt(i);
        else
            mapping.columns[i].include = false;
    }
    for (const Assignment &a : *casts) {
        const qsizetype i = find(a.column, false);
        if (i < 0)
            return false;
        const QString type = a.value.trimmed().toLower();
        if (edit && type == QLatin1String("auto")) {
            mapping.columns[i].cast.reset();
            continue;
        }
        const qsizetype t = castTypeNames().indexOf(type);
        if (t < 0) {
            context.out().error(tr("--cast %1=%2: the type must be one of %3%4.")
                                    .arg(a.column, a.value, castTypeNames().join(QStringLiteral(", ")),
                                         edit ? tr(", or auto") : QString()));
            return false;
        }
        mapping.columns[i].cast = castTypes.at(t);
    }
    for (const Assignment &a : *masks) {
        const qsizetype i = find(a.column, false);
        if (i < 0)
            return false;
        const qsizetype mask = maskIds.indexOf(a.value.trimmed().toLower());
        if (mask < 0 || (mask == 0 && !edit)) {
            context.out().error(tr("--mask %1=%2: the mask must be hash or redact%3.")
                                    .arg(a.column, a.value, edit ? tr(", or none") : QString()));
            return false;
        }
        mapping.columns[i].mask = ColumnMapping::Mask(mask);
    }

    QStringList seen;
    for (const QString &name : targetNames(mapping)) {
        if (seen.contains(name, Qt::CaseInsensitive)) {
            context.out().error(
                tr("Two columns would be named '%1' in the target; rename one with --map.").arg(name));
            return false;
        }
        seen << name;
    }
    if (seen.isEmpty()) {
        context.out().error(tr("The mapping leaves no column to copy."));
        return false;
    }
    return true;
}

QString JobMappingCli::text(const JobMapping &mapping, int width)
{
    QStringList extra;
    if (mapping.addRunId)
        extra << QStringLiteral("_miq_run_id");
    if (mapping.addLoadedAt)
        extra << QStringLiteral("_miq_loaded_at");
    QString text;
    if (mapping.columns.isEmpty()) {
        text = tr("Columns: every source column as is, with inferred types.") + QLatin1Char('\n');
    } else {
        TextTable table({tr("SOURCE"), tr("TARGET"), tr("TYPE"), tr("MASK"), tr("NOTE")});
        for (const ColumnMapping &m : mapping.columns) {
            QString note;
            if (m.constant)
                note = tr("constant '%1'").arg(*m.constant);
            else if (!m.include)
                note = tr("excluded");
            table.addRow({m.source, m.target.isEmpty() ? m.source : m.target,
                          m.cast ? columnTypeName(*m.cast) : tr("(inferred)"),
                          m.mask == ColumnMapping::Mask::None ? QString() : maskIds.at(int(m.mask)), note});
        }
        text = table.render(width);
    }
    if (!extra.isEmpty())
        text += tr("Run metadata columns: %1").arg(extra.join(QStringLiteral(", "))) + QLatin1Char('\n');
    return text;
}

} // namespace miq
