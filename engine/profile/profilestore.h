#pragma once

#include "connectors/result.h"
#include "engine/profile/profile.h"
#include "engine/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <memory>
#include <optional>

namespace miq {

// Which stream a profile is of: a source of the workspace, or a file profiled without one.
struct ProfileSubject
{
    qint64 sourceId = 0;  // a source of the workspace ...
    QString filePath;     // ... or a file (used when sourceId is 0)
    QString stream;

    bool isValid() const { return (sourceId > 0 || !filePath.isEmpty()) && !stream.isEmpty(); }
};

// A saved profile without its body: what the history list shows.
struct ProfileRecord
{
    qint64 id = 0;
    ProfileSubject subject;
    QDateTime profiledAt; // UTC
    bool sampled = false;
    qint64 rows = 0;
    int columns = 0;
    std::optional<double> quality; // overall score
    int alerts = 0;
    double seconds = 0;
};

// The saved profiles of a workspace (table `profiles`, schema version 4): each stream's profiles
// form a history, newest first. The body is the profile's JSON (profilejson.h). Profiles hold
// figures and sample values of the data, never connection settings; passwords written into URLs
// (user:password@host) are masked before anything is stored.
//
// Uses one Workspace connection, so an instance lives on one thread: the GUI keeps one, a worker
// that loads or saves opens its own with open().
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    // Uses `workspace` (not owned), on its thread.
    explicit ProfileStore(Workspace *workspace);
    // Opens its own connection to an existing workspace file (for worker threads).
    static Result<std::unique_ptr<ProfileStore>> open(const QString &workspacePath);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    Workspace &workspace() { return *m_workspace; }

    // Saves `profile` as the newest of `subject`'s history; returns its id.
    Result<qint64> save(const ProfileSubject &subject, const DatasetProfile &profile);
    // The history of one stream, newest first.
    Result<QList<ProfileRecord>> history(const ProfileSubject &subject, int limit = 500) const;
    Result<ProfileRecord> record(qint64 id) const;
    Result<DatasetProfile> load(qint64 id) const;
    Status remove(qint64 id);

    // "postgres://ann:secret@db/x" -> "postgres://ann:***@db/x"; anything else unchanged.
    static QString maskUrlPasswords(const QString &text);

private:
    std::unique_ptr<Workspace> m_owned;
    Workspace *m_workspace;
};

} // namespace miq
