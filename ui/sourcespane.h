#pragma once

#include "engine/sourcesecrets.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTreeView;

namespace miq {

class PreviewModel;
class SourcesModel;
class StreamsModel;

// The data sources pane: the list of sources with a filter box on the left; on the right the
// selected source's streams and columns and a preview of the selected stream. Discovery, tests
// and previews run on the thread pool; results carry a generation number so a late answer for
// a source that is no longer selected is dropped.
class SourcesPane : public QWidget
{
    Q_OBJECT

public:
    SourcesPane(SourcesModel *model, QWidget *parent = nullptr);
    ~SourcesPane() override;

    // The secrets of the open workspace's sources (not owned; nullptr when none is open).
    void setSecrets(SourceSecrets *secrets);

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *removeAction() const { return m_remove; }
    QAction *testAction() const { return m_test; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *profileAction() const { return m_profile; }

    qint64 currentSourceId() const;
    void selectSource(qint64 id);
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs = 0);
    // The user asked to profile `stream` of source `sourceId` (the main window shows the Profiles pane).
    void profileRequested(qint64 sourceId, const QString &stream);

private:
    void addSource();
    void editSource();
    void duplicateSource();
    void removeSource();
    void testSource();
    void currentSourceChanged();
    void currentStreamChanged();
    void loadStreams();
    void loadPreview(const QString &stream);
    void cancelPreview();
    void updateActions();
    void showError(const QString &title, const QString &message);
    // Loads the secrets of `id`, then calls `then` with them (on the GUI thread).
    void withSecrets(qint64 id, std::function<void(const SecretValues &)> then);

    SourcesModel *m_model;
    SourceSecrets *m_secrets = nullptr;
    QSortFilterProxyModel *m_proxy;
    StreamsModel *m_streams;
    PreviewModel *m_preview;
    QLineEdit *m_filter;
    QTreeView *m_sourceView;
    QLabel *m_sourceTitle;
    QLabel *m_sourceStatus;
    QTreeView *m_streamView;
    QLabel *m_previewTitle;
    QTableView *m_previewView;
    QSplitter *m_splitter;
    QSplitter *m_detailSplitter;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_remove;
    QAction *m_test;
    QAction *m_refresh;
    QAction *m_profile;
    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_previewCancel;
};

} // namespace miq
