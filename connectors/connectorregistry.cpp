#include "connectors/connectorregistry.h"
#include "connectors/destination.h"

#include <QFileInfo>

namespace miq {

QString streamKindName(StreamInfo::Kind kind)
{
    switch (kind) {
    case StreamInfo::Kind::File: return QCoreApplication::translate("miq::StreamInfo", "file");
    case StreamInfo::Kind::Table: return QCoreApplication::translate("miq::StreamInfo", "table");
    case StreamInfo::Kind::View: return QCoreApplication::translate("miq::StreamInfo", "view");
    case StreamInfo::Kind::Query: return QCoreApplication::translate("miq::StreamInfo", "query");
    }
    return QString();
}

QString writeModeName(WriteMode mode)
{
    switch (mode) {
    case WriteMode::Replace: return QStringLiteral("replace");
    case WriteMode::Append: return QStringLiteral("append");
    case WriteMode::Upsert: return QStringLiteral("upsert");
    }
    return QString();
}

void ConnectorRegistry::add(ConnectorSpec spec, Factory factory, DestinationFactory destination)
{
    m_entries.append({std::move(spec), std::move(factory), std::move(destination)});
}

const ConnectorRegistry::Entry *ConnectorRegistry::entry(const QString &typeId) const
{
    for (const Entry &e : m_entries)
        if (e.spec.typeId == typeId)
            return &e;
    return nullptr;
}

bool ConnectorRegistry::canWrite(const QString &typeId) const
{
    const Entry *e = entry(typeId);
    return e && e->destination;
}

QList<ConnectorSpec> ConnectorRegistry::specs() const
{
    QList<ConnectorSpec> result;
    for (const Entry &e : m_entries)
        result.append(e.spec);
    return result;
}

const ConnectorSpec *ConnectorRegistry::spec(const QString &typeId) const
{
    const Entry *e = entry(typeId);
    return e ? &e->spec : nullptr;
}

QStringList ConnectorRegistry::validate(const QString &typeId, const QVariantMap &values,
                                        const QStringList &presentSecrets) const
{
    const ConnectorSpec *s = spec(typeId);
    if (!s)
        return {tr("Unknown connector type '%1'.").arg(typeId)};
    QStringList problems;
    for (const ConfigField &f : s->fields) {
        const QString text = f.secret ? QString() : values.value(f.key).toString().trimmed();
        const bool present = f.secret ? presentSecrets.contains(f.key) : !text.isEmpty();
        if (f.required && !present) {
            problems << tr("%1 is required.").arg(f.label);
            continue;
        }
        if (!present || f.secret)
            continue;
        switch (f.kind) {
        case ConfigField::Kind::Integer: {
            bool ok = false;
            const qlonglong n = text.toLongLong(&ok);
            if (!ok)
                problems << tr("%1 must be a whole number, not '%2'.").arg(f.label, text);
            else if (f.maximum > f.minimum && (n < f.minimum || n > f.maximum))
                problems << tr("%1 must be between %2 and %3.").arg(f.label).arg(f.minimum).arg(f.maximum);
            break;
        }
        case ConfigField::Kind::Choice:
            if (!f.choices.contains(text))
                problems << tr("%1 must be one of: %2.").arg(f.label, f.choices.join(QStringLiteral(", ")));
            break;
        case ConfigField::Kind::Boolean: {
            static const QStringList booleans = {QStringLiteral("true"), QStringLiteral("false"),
                                                 QStringLiteral("1"), QStringLiteral("0"),
                                                 QStringLiteral("yes"), QStringLiteral("no")};
            if (!booleans.contains(text.toLower()))
                problems << tr("%1 must be true or false, not '%2'.").arg(f.label, text);
            break;
        }
        default:
            break;
        }
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const ConfigField *f = s->field(it.key());
        if (!f)
            problems << tr("%1 has no setting '%2'.").arg(s->displayName, it.key());
        else if (f->secret)
            problems << tr("%1 is secret and is not stored with the other settings.").arg(f->label);
    }
    return problems;
}

Result<std::unique_ptr<Connector>> ConnectorRegistry::create(const QString &typeId,
                                                             const ConnectionSettings &settings) const
{
    const Entry *e = entry(typeId);
    if (!e)
        return Error(tr("Source '%1' has an unknown connector type '%2'.").arg(settings.sourceName, typeId));
    const QStringList problems = validate(typeId, settings.values, settings.secrets.keys());
    if (!problems.isEmpty())
        return Error(tr("Source '%1' is not configured correctly: %2")
                         .arg(settings.sourceName, problems.join(QLatin1Char(' '))));
    return e->factory(settings);
}

Result<std::unique_ptr<Destination>> ConnectorRegistry::createDestination(const QString &typeId,
                                                                          const ConnectionSettings &settings) const
{
    const Entry *e = entry(typeId);
    if (!e)
        return Error(tr("Source '%1' has an unknown connector type '%2'.").arg(settings.sourceName, typeId));
    if (!e->destination)
        return Error(tr("Source '%1' (%2) cannot be written to; choose a database or a file as the destination.")
                         .arg(settings.sourceName, e->spec.displayName));
    const QStringList problems = validate(typeId, settings.values, settings.secrets.keys());
    if (!problems.isEmpty())
        return Error(tr("Source '%1' is not configured correctly: %2")
                         .arg(settings.sourceName, problems.join(QLatin1Char(' '))));
    return e->destination(settings);
}

Result<std::pair<QString, ConnectionSettings>> ConnectorRegistry::settingsForFile(const QString &path) const
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    for (const Entry &e : m_entries) {
        if (!e.spec.fileSuffixes.contains(suffix))
            continue;
        ConnectionSettings settings;
        settings.sourceName = info.fileName();
        settings.values.insert(QStringLiteral("path"), path);
        return std::pair{e.spec.typeId, settings};
    }
    return Error(tr("Cannot tell which kind of file '%1' is from its suffix '.%2'. "
                    "Add it as a source with an explicit type instead.")
                     .arg(path, suffix));
}

} // namespace miq
