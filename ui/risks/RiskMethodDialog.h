#pragma once

#include "domain/RiskMethod.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace daicho {

class RegisterDocument;

// Edits the assessment method: IPA's or a likelihood × impact matrix (3 to 5 levels), the
// level names and the bands. Every change is previewed risk by risk (old → new level) before
// it is applied; applying stores a new method version and re-scores every risk as shown (one
// undo step).
class RiskMethodDialog : public QDialog
{
    Q_OBJECT

public:
    RiskMethodDialog(RegisterDocument& document, QWidget* parent = nullptr);

    RiskMethod method() const; // what the fields say
    QTableWidget* bandTable() const { return m_bands; }
    QTableWidget* previewTable() const { return m_preview; }
    QComboBox* kindBox() const { return m_kind; }
    QSpinBox* sizeBox() const { return m_size; }
    // Fills the preview; false (with the problems shown) when the method is not valid.
    bool refreshPreview();
    bool apply();

    void accept() override;

private:
    void load(const RiskMethod& m);
    void kindChanged();

    RegisterDocument& m_document;
    RiskMethod m_current;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_size = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_likelihoodNames = nullptr;
    QLineEdit* m_impactNames = nullptr;
    QTableWidget* m_bands = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_message = nullptr;
    bool m_loading = false;
};

} // namespace daicho
