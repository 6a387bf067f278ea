#include "ui/jobsource.h"

#include "connectors/connectorregistry.h"
#include "engine/sourceoperations.h"

#include <QCoreApplication>
#include <QPointer>

namespace miq {

namespace {
struct JobSourceText
{
    Q_DECLARE_TR_FUNCTIONS(JobSource)
};
} // namespace

void resolveJobSource(QObject *context, SourceSecrets *secrets, const std::optional<SourceRecord> &source,
                      const QString &filePath, std::function<void(Result<ResolvedSource>)> done)
{
    if (!source) {
        if (filePath.trimmed().isEmpty()) {
            done(Error(JobSourceText::tr("Choose a source or a source file.")));
            return;
        }
        auto file = ConnectorRegistry::builtin().settingsForFile(filePath.trimmed());
        if (!file) {
            done(Error(file.error()));
            return;
        }
        done(ResolvedSource{file->first, file->second});
        return;
    }
    if (source->secretKeys.isEmpty() || !secrets) {
        done(ResolvedSource{source->typeId, SourceOperations::connectionSettings(*source, {})});
        return;
    }
    QPointer<QObject> guard(context);
    const SourceRecord snapshot = *source;
    secrets->load(snapshot.id, [guard, snapshot, done = std::move(done)](Result<SecretValues> values) {
        if (!guard)
            return;
        if (!values) {
            done(Error(JobSourceText::tr("Cannot read the secrets of source '%1': %2")
                           .arg(snapshot.name, values.error())));
            return;
        }
        done(ResolvedSource{snapshot.typeId, SourceOperations::connectionSettings(snapshot, *values)});
    });
}

} // namespace miq
