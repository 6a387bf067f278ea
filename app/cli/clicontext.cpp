#include "app/cli/clicontext.h"

#include "connectors/connectorregistry.h"
#include "engine/sourceoperations.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace miq {

namespace {

// Exact name first; then a case-insensitive match, as the workspace treats names (unique ignoring
// case); "#<id>" picks a source by its id.
std::optional<SourceRecord> lookup(const QList<SourceRecord> &sources, const QString &name)
{
    for (const SourceRecord &s : sources)
        if (s.name == name)
            return s;
    for (const SourceRecord &s : sources)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return s;
    static const QRegularExpression idPattern(QStringLiteral("^#(\\d+)$"));
    if (const auto match = idPattern.match(name); match.hasMatch()) {
        const qint64 id = match.captured(1).toLongLong();
        for (const SourceRecord &s : sources)
            if (s.id == id)
                return s;
    }
    return std::nullopt;
}

} // namespace

CliContext::CliContext(CliOutput &out, QString workspacePath)
    : m_out(out)
    , m_workspacePath(std::move(workspacePath))
{}

// Members are destroyed in reverse order: SourceSecrets before the store it points to.
CliContext::~CliContext() = default;

QString CliContext::defaultWorkspacePath()
{
    const QString fromEnvironment = qEnvironmentVariable("MIQ_WORKSPACE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/MigrateIQ/default.miq");
}

Workspace *CliContext::workspace()
{
    if (m_workspace)
        return m_workspace.get();
    const bool existed = QFileInfo::exists(m_workspacePath);
    // The default location's folder may not exist yet on a fresh account; an explicit path's
    // folder is the user's to create (a typo there should not silently create folders).
    if (!existed && m_workspacePath == defaultWorkspacePath())
        QDir().mkpath(QFileInfo(m_workspacePath).absolutePath());
    auto opened = Workspace::open(m_workspacePath, Workspace::OpenMode::CreateIfMissing);
    if (!opened) {
        m_out.error(opened.error());
        return nullptr;
    }
    m_workspace = std::move(*opened);
    if (!existed)
        m_out.note(tr("created workspace '%1'").arg(QDir::toNativeSeparators(m_workspace->path())));
    return m_workspace.get();
}

std::optional<SourceRecord> CliContext::findSource(const QString &name, ExitCode *failure)
{
    Workspace *ws = workspace();
    if (!ws) {
        *failure = ExitCode::Workspace;
        return std::nullopt;
    }
    const auto sources = ws->sources();
    if (!sources) {
        m_out.error(sources.error());
        *failure = ExitCode::Failure;
        return std::nullopt;
    }
    if (auto found = lookup(*sources, name))
        return found;
    m_out.error(tr("There is no source named '%1' in workspace '%2'. "
                   "'migrateiq-cli sources list' shows the sources.")
                    .arg(name, QDir::toNativeSeparators(ws->path())));
    *failure = ExitCode::Usage;
    return std::nullopt;
}

SourceSecrets *CliContext::secrets()
{
    if (!m_secrets) {
        Workspace *ws = workspace();
        if (!ws)
            return nullptr;
        m_store = SecretStore::createDefault();
        m_secrets = std::make_unique<SourceSecrets>(m_store.get(), ws->id());
    }
    return m_secrets.get();
}

std::optional<SecretValues> CliContext::loadSecrets(const SourceRecord &source, ExitCode *failure)
{
    if (source.secretKeys.isEmpty())
        return SecretValues();
    SourceSecrets *store = secrets();
    if (!store) {
        *failure = ExitCode::Workspace;
        return std::nullopt;
    }
    auto loaded = store->loadBlocking(source.id);
    if (!loaded) {
        m_out.error(tr("Cannot read the secrets of source '%1' (secret store: %2): %3")
                        .arg(source.name, store->store()->description(), loaded.error()));
        *failure = ExitCode::Keychain;
        return std::nullopt;
    }
    for (const QString &value : std::as_const(*loaded))
        m_out.addSecret(value);

    // Connecting without a secret the user did give (even an optional one) would fail in a
    // misleading way, e.g. as a wrong password.
    QStringList missing;
    for (const QString &key : source.secretKeys)
        if (loaded->value(key).isEmpty())
            missing << key;
    if (!missing.isEmpty()) {
        m_out.error(tr("The secret field(s) %1 of source '%2' are missing from the secret store (%3). Enter them again with: "
                       "migrateiq-cli sources edit \"%2\" --secret-stdin")
                        .arg(missing.join(QStringLiteral(", ")), source.name, store->store()->description()));
        *failure = ExitCode::Keychain;
        return std::nullopt;
    }
    return *loaded;
}

std::optional<CliTarget> CliContext::resolveTarget(const QString &arg, ExitCode *failure)
{
    const QFileInfo file(arg);
    const bool isFile = file.isFile();
    const bool workspaceExists = QFileInfo::exists(m_workspacePath);

    if (workspaceExists) {
        // A file argument must not be blocked by a workspace that cannot be opened.
        Workspace *ws = nullptr;
        if (isFile) {
            if (auto opened = Workspace::open(m_workspacePath, Workspace::OpenMode::MustExist)) {
                m_workspace = std::move(*opened);
                ws = m_workspace.get();
            }
        } else if (!(ws = workspace())) {
            *failure = ExitCode::Workspace;
            return std::nullopt;
        }
        if (ws) {
            const auto sources = ws->sources();
            if (!sources && !isFile) {
                m_out.error(sources.error());
                *failure = ExitCode::Failure;
                return std::nullopt;
            }
            if (sources) {
                if (const auto source = lookup(*sources, arg)) {
                    const auto secretValues = loadSecrets(*source, failure);
                    if (!secretValues)
                        return std::nullopt;
                    return CliTarget{source->typeId, SourceOperations::connectionSettings(*source, *secretValues),
                                     source};
                }
            }
        }
    }

    if (!isFile) {
        if (file.exists())
            m_out.error(tr("'%1' is a folder; give a file or the name of a source.").arg(arg));
        else if (workspaceExists)
            m_out.error(tr("There is no source named '%1' in workspace '%2', and no file '%1'.")
                            .arg(arg, QDir::toNativeSeparators(QFileInfo(m_workspacePath).absoluteFilePath())));
        else
            m_out.error(tr("There is no file '%1' (and no workspace '%2' with a source of that name).")
                            .arg(arg, QDir::toNativeSeparators(QFileInfo(m_workspacePath).absoluteFilePath())));
        *failure = ExitCode::Usage;
        return std::nullopt;
    }
    auto forFile = ConnectorRegistry::builtin().settingsForFile(arg);
    if (!forFile) {
        m_out.error(forFile.error());
        *failure = ExitCode::Usage;
        return std::nullopt;
    }
    return CliTarget{forFile->first, forFile->second, std::nullopt};
}

} // namespace miq
