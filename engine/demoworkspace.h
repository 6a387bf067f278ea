#pragma once

#include "connectors/result.h"

#include <QCoreApplication>
#include <QString>

namespace miq {

// The workspace the GUI opens when none is given: sample files copied from `samplesDir`
// (normally the :/samples resource) into `targetDir`, and one source per sample.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    // Returns the path of targetDir/demo.miq, creating it and the samples on first use.
    static Result<QString> ensure(const QString &samplesDir, const QString &targetDir);
};

} // namespace miq
