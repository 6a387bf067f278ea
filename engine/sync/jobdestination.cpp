#include "engine/sync/jobdestination.h"

#include "connectors/connectorregistry.h"
#include "connectors/dest/destinations.h"

namespace miq {

Result<std::unique_ptr<Destination>> JobDestination::open(const JobDefinition &job, const DestinationTarget &target)
{
    if (job.destinationSourceId == 0)
        return createFileDestination(job.destination);
    if (target.typeId.isEmpty())
        return Error(tr("Job '%1' writes to a workspace source that could not be found.").arg(job.name));
    return ConnectorRegistry::builtin().createDestination(target.typeId, target.settings);
}

} // namespace miq
