#include "connectors/destination.h"

namespace miq {

QString Destination::runRefusal(bool running, bool failed)
{
    if (!running)
        return tr("the run has not begun.");
    if (failed)
        return tr("an earlier write failed; the run must be aborted or resumed.");
    return QString();
}

QString Destination::writeRefusal(bool running, bool failed, const RecordBatch &batch, const TargetSpec &spec)
{
    if (const QString refusal = runRefusal(running, failed); !refusal.isEmpty())
        return refusal;
    if (batch.columns.size() != std::size_t(spec.columns.size()))
        return tr("a batch has %1 columns, the target %2.").arg(batch.columns.size()).arg(spec.columns.size());
    for (qsizetype c = 0; c < spec.columns.size(); ++c) {
        const ColumnType type = batch.columns[std::size_t(c)].type();
        if (type != spec.columns[c].type)
            return tr("column '%1' of a batch is %2, the target column is %3.")
                .arg(spec.columns[c].name, columnTypeName(type), columnTypeName(spec.columns[c].type));
    }
    return QString();
}

} // namespace miq
