#pragma once

#include "engine/sourceoperations.h"

#include <QAbstractTableModel>

namespace miq {

// The first rows of a stream, as loaded by SourceOperations::preview on a worker.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IsNullRole = Qt::UserRole + 1, // bool: the cell is null (not an empty string)
    };

    explicit PreviewModel(QObject *parent = nullptr);

    void setPreview(const PreviewData &data);
    void clear() { setPreview({}); }
    const PreviewData &preview() const { return m_data; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PreviewData m_data;
};

} // namespace miq
