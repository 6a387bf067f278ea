#pragma once

#include "engine/sourcesecrets.h"
#include "engine/workspace.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace miq {

class ConfigForm;

// Add or edit a source. The form is generated from the connector spec, validates as the user
// types and can test the connection in the background before saving.
class SourceDialog : public QDialog
{
    Q_OBJECT

public:
    // `source.id == 0` adds a new source. `existingSecrets` are the stored secrets of an edited
    // source: never shown, kept unless the user types a replacement, used by Test.
    // `nameTaken(name)` tells whether another source already uses a name.
    SourceDialog(const SourceRecord &source, const SecretValues &existingSecrets,
                 std::function<bool(const QString &)> nameTaken, QWidget *parent = nullptr);

    SourceRecord source() const;  // with the edited name, type, settings and secret keys
    SecretValues secrets() const; // existing secrets merged with what was typed

private:
    void typeChanged();
    void validate();
    void testConnection();

    SourceRecord m_source;
    SecretValues m_existingSecrets;
    std::function<bool(const QString &)> m_nameTaken;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLabel *m_typeDescription;
    ConfigForm *m_form;
    QLabel *m_problems;
    QLabel *m_testResult;
    QPushButton *m_testButton;
    QDialogButtonBox *m_buttons;
    int m_testGeneration = 0;
};

} // namespace miq
