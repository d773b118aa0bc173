<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ArgParser</name>
    <message>
        <source>unknown option --%1</source>
        <translation>不明なオプション --%1</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>オプション --%1 には値が必要です</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>オプション --%1 は値を取りません</translation>
    </message>
    <message>
        <source>option --%1 must be one of: %2 (got "%3")</source>
        <translation>オプション --%1 は次のいずれかです: %2(指定値「%3」)</translation>
    </message>
    <message>
        <source>option --%1 is given more than once</source>
        <translation>オプション --%1 が2回以上指定されています</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>引数が足りません</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>余分な引数「%1」</translation>
    </message>
</context>
<context>
    <name>AssetColumns</name>
    <message>
        <source>Special-care personal data</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>My Number data</source>
        <translation>特定個人情報</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Date registered</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>依存先</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
</context>
<context>
    <name>AssetCommands</name>
    <message>
        <source>The asset no longer exists.</source>
        <translation>この情報資産はもう存在しません。</translation>
    </message>
    <message>
        <source>New asset %1</source>
        <translation>情報資産 %1 の追加</translation>
    </message>
    <message>
        <source>Edit asset %1</source>
        <translation>情報資産 %1 の編集</translation>
    </message>
    <message>
        <source>Delete asset %1</source>
        <translation>情報資産 %1 の削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n asset(s)</source>
        <translation><numerusform>情報資産 %n 件の削除</numerusform></translation>
    </message>
    <message>
        <source>Add dependency %1 → %2</source>
        <translation>依存関係 %1 → %2 の追加</translation>
    </message>
    <message>
        <source>Remove dependency %1 → %2</source>
        <translation>依存関係 %1 → %2 の削除</translation>
    </message>
    <message>
        <source>Set priority of %1 to %2</source>
        <translation>%1 の優先度を %2 に設定</translation>
    </message>
    <message>
        <source>Clear priority override of %1</source>
        <translation>%1 の優先度の手動設定を解除</translation>
    </message>
</context>
<context>
    <name>AssetExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Asset %1, column %2: %3</source>
        <translation>情報資産 %1、列 %2: %3</translation>
    </message>
</context>
<context>
    <name>AssetImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row and no asset.</source>
        <translation>ファイルが空です。見出し行も情報資産もありません。</translation>
    </message>
    <message>
        <source>A column without a header is ignored.</source>
        <translation>見出しのない列は取り込みません。</translation>
    </message>
    <message>
        <source>Unknown column "%1" is ignored.</source>
        <translation>不明な列「%1」は取り込みません。</translation>
    </message>
    <message>
        <source>The column "%1" is not imported: Daicho computes it or does not keep it.</source>
        <translation>列「%1」は取り込みません。Daicho が計算するか、保持しない項目です。</translation>
    </message>
    <message>
        <source>No column for the asset code (e.g. "code", "管理番号", "資産ID").</source>
        <translation>管理番号の列がありません(例:「管理番号」「資産ID」「code」)。</translation>
    </message>
    <message>
        <source>No column for the asset name (e.g. "name", "情報資産名称", "資産名").</source>
        <translation>情報資産名称の列がありません(例:「情報資産名称」「資産名」「name」)。</translation>
    </message>
    <message>
        <source>No column for the asset class, and no default class was given (--default-class customer|test|internal).</source>
        <translation>資産区分の列がなく、既定の資産区分も指定されていません(--default-class customer|test|internal)。</translation>
    </message>
    <message>
        <source>No column for the subtype, and no default subtype was given (--default-subtype physical|software|data|service|media).</source>
        <translation>種別の列がなく、既定の種別も指定されていません(--default-subtype physical|software|data|service|media)。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>取り込みを中止しました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>This row has %1 fields; the header has %2.</source>
        <translation>この行の項目数は %1 ですが、見出し行は %2 です。</translation>
    </message>
    <message>
        <source>The asset class is empty and no default class was given.</source>
        <translation>資産区分が空で、既定の資産区分も指定されていません。</translation>
    </message>
    <message>
        <source>The subtype is empty and no default subtype was given.</source>
        <translation>種別が空で、既定の種別も指定されていません。</translation>
    </message>
    <message>
        <source>The code "%1" is already used on line %2 of this file.</source>
        <translation>管理番号「%1」はこのファイルの %2 行目ですでに使われています。</translation>
    </message>
    <message>
        <source>The code "%1" is already in the register (use --on-duplicate update or skip).</source>
        <translation>管理番号「%1」はすでに台帳にあります(--on-duplicate update または skip を指定できます)。</translation>
    </message>
    <message>
        <source>The file has a header but no asset rows.</source>
        <translation>見出し行だけで、情報資産の行がありません。</translation>
    </message>
    <message>
        <source>The column "%1" is not imported, as the mapping says.</source>
        <translation>列「%1」は対応付けのとおり取り込みません。</translation>
    </message>
    <message>
        <source>The column "%1" gives the asset codes (the file has no code column).</source>
        <translation>管理番号の列がないため、列「%1」を管理番号として使います。</translation>
    </message>
    <message>
        <source>The import could not start: %1. Nothing was written.</source>
        <translation>取り込みを開始できませんでした: %1。何も書き込んでいません。</translation>
    </message>
</context>
<context>
    <name>AssetRules</name>
    <message>
        <source>Code</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Asset class</source>
        <translation>資産区分</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Owning department</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Business area</source>
        <translation>業務分類</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>利用者範囲</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完全性</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Customers' data</source>
        <translation>顧客の個人データ</translation>
    </message>
    <message>
        <source>Priority override</source>
        <translation>優先度の手動設定</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>手動設定の理由</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回見直し日</translation>
    </message>
    <message>
        <source>The code is required.</source>
        <translation>管理番号は必須です。</translation>
    </message>
    <message>
        <source>The code is longer than %1 characters.</source>
        <translation>管理番号が%1文字を超えています。</translation>
    </message>
    <message>
        <source>The code contains a line break or control character.</source>
        <translation>管理番号に改行または制御文字が含まれています。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>情報資産名称は必須です。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>情報資産名称が%1文字を超えています。</translation>
    </message>
    <message>
        <source>The name contains a line break or control character.</source>
        <translation>情報資産名称に改行または制御文字が含まれています。</translation>
    </message>
    <message>
        <source>Subtype "%1" is only allowed for internal assets, not for %2 assets.</source>
        <translation>種別「%1」はその他社内用の資産にだけ使えます(%2の資産には使えません)。</translation>
    </message>
    <message>
        <source>%1 must be 1, 2 or 3 (got %2).</source>
        <translation>%1は1、2、3のいずれかです(指定値 %2)。</translation>
    </message>
    <message>
        <source>A priority override needs a reason; it is kept in the change history.</source>
        <translation>優先度を手動で設定するには理由が必要です。理由は変更履歴に残ります。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1が%2文字を超えています。</translation>
    </message>
    <message>
        <source>Importance 3: the asset holds %1, which the law protects.</source>
        <translation>重要度3: 法令で保護される%1を含むため。</translation>
    </message>
    <message>
        <source>Importance %1: the highest of confidentiality %2, integrity %3 and availability %4.</source>
        <translation>重要度%1: 機密性%2・完全性%3・可用性%4の最大値。</translation>
    </message>
</context>
<context>
    <name>AssetService</name>
    <message>
        <source>No asset has the code "%1".</source>
        <translation>管理番号「%1」の資産はありません。</translation>
    </message>
    <message>
        <source>Asset %1 does not exist.</source>
        <translation>資産 %1 はありません。</translation>
    </message>
    <message>
        <source>The asset "%1" was not found after it was written.</source>
        <translation>資産「%1」は書き込んだ後に見つかりませんでした。</translation>
    </message>
    <message>
        <source>A write failed and everything written with it was rolled back; nothing more can be written.</source>
        <translation>書き込みに失敗したため、一緒に書き込んだ内容はすべて取り消されました。これ以上は書き込めません。</translation>
    </message>
</context>
<context>
    <name>AssetTableIo</name>
    <message>
        <source>The option --%1 does not apply to the assets table.</source>
        <translation>オプション --%1 は情報資産の表には使えません。</translation>
    </message>
    <message>
        <source>Unknown default class "%1".</source>
        <translation>既定の資産区分「%1」は不明です。</translation>
    </message>
    <message>
        <source>Unknown default subtype "%1".</source>
        <translation>既定の種別「%1」は不明です。</translation>
    </message>
    <message>
        <source>--cia-scale must be 1-3 or 0-2 (got "%1").</source>
        <translation>--cia-scale は 1-3 または 0-2 です(指定値「%1」)。</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>情報資産</translation>
    </message>
</context>
<context>
    <name>AssetTerms</name>
    <message>
        <source>Customer</source>
        <translation>顧客用</translation>
    </message>
    <message>
        <source>Test environment</source>
        <translation>試験環境用</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>その他社内用</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>物理資産</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Magnetic media</source>
        <translation>磁気媒体</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Special-care personal data</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>My Number data</source>
        <translation>特定個人情報</translation>
    </message>
    <message>
        <source>Customers' personal data held on the service's servers</source>
        <translation>顧客が当社サービスのサーバに保有する個人データ</translation>
    </message>
    <message>
        <source>Stable operation of the service (availability and integrity)</source>
        <translation>当社サービスの安定した運用(可用性・完全性)</translation>
    </message>
    <message>
        <source>Internal technical and operational information</source>
        <translation>社内の技術情報・運用情報</translation>
    </message>
</context>
<context>
    <name>AssetValues</name>
    <message>
        <source>Unknown asset class "%1"; expected one of: %2.</source>
        <translation>資産区分「%1」は不明です。次のいずれかです: %2。</translation>
    </message>
    <message>
        <source>Unknown subtype "%1"; expected one of: %2.</source>
        <translation>種別「%1」は不明です。次のいずれかです: %2。</translation>
    </message>
    <message>
        <source>"%1" is not a number from 0 to 2.</source>
        <translation>「%1」は 0〜2 の数ではありません。</translation>
    </message>
    <message>
        <source>"%1" is not a number from 1 to 3.</source>
        <translation>「%1」は 1〜3 の数ではありません。</translation>
    </message>
    <message>
        <source>%1 is outside the 0–2 scale.</source>
        <translation>%1 は 0〜2 の範囲外です。</translation>
    </message>
    <message>
        <source>%1 is outside the 1–3 scale.</source>
        <translation>%1 は 1〜3 の範囲外です。</translation>
    </message>
    <message>
        <source>If the file uses IPA's older 0–2 scale, say so and it is converted.</source>
        <translation>IPA の旧版の 0〜2 段階で書かれたファイルなら、そう指定すれば変換します。</translation>
    </message>
    <message>
        <source>"%1" is not yes or no (write yes/no, ○/×, 有/無 or あり/なし).</source>
        <translation>「%1」は有無を表す値ではありません(○/×、有/無、あり/なし、yes/no のいずれかで書いてください)。</translation>
    </message>
    <message>
        <source>Unknown kind of personal data "%1"; expected one of: %2, or yes/no.</source>
        <translation>個人情報の種類「%1」は不明です。%2 のいずれか、または有無で書いてください。</translation>
    </message>
    <message>
        <source>Unknown priority "%1"; expected P1, P2 or P3.</source>
        <translation>優先度「%1」は不明です。P1、P2、P3 のいずれかです。</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it as 2026-04-01.</source>
        <translation>「%1」は日付ではありません。2026-04-01 の形で書いてください。</translation>
    </message>
</context>
<context>
    <name>AuditPack</name>
    <message>
        <source>ISMS audit documents</source>
        <translation>ISMS 監査資料</translation>
    </message>
    <message>
        <source>Asset inventory, risk assessment results, risk treatment plan and Statement of Applicability</source>
        <translation>情報資産管理台帳、リスクアセスメント結果、リスク対応計画、適用宣言書</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>出力日時: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Every page shows the register's revision: the documents show the register as it was at that revision, and its change history shows every change since.</source>
        <translation>各ページに台帳リビジョンを記載しています。各文書はそのリビジョン時点の台帳を示し、それ以降の変更はすべて台帳の変更履歴に残ります。</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Not a control catalog (JSON error at offset %1: %2).</source>
        <translation>管理策カタログではありません(JSONエラー、位置 %1: %2)。</translation>
    </message>
    <message>
        <source>Not a Daicho control catalog.</source>
        <translation>Daicho の管理策カタログではありません。</translation>
    </message>
    <message>
        <source>Catalog format %1 is not supported by this Daicho (it reads up to %2).</source>
        <translation>カタログ形式 %1 はこの Daicho では扱えません(読めるのは %2 まで)。</translation>
    </message>
    <message>
        <source>The catalog has no key or version.</source>
        <translation>カタログにキーまたは版がありません。</translation>
    </message>
    <message>
        <source>A theme lacks its id or a title in English or Japanese.</source>
        <translation>テーマのIDまたは英語・日本語の名称がありません。</translation>
    </message>
    <message>
        <source>The theme %1 is listed twice.</source>
        <translation>テーマ %1 が重複しています。</translation>
    </message>
    <message>
        <source>A control has no id.</source>
        <translation>IDのない管理策があります。</translation>
    </message>
    <message>
        <source>The control %1 lacks a title in English or Japanese.</source>
        <translation>管理策 %1 に英語または日本語の名称がありません。</translation>
    </message>
    <message>
        <source>The control %1 names an unknown theme "%2".</source>
        <translation>管理策 %1 のテーマ「%2」は存在しません。</translation>
    </message>
    <message>
        <source>The control %1 is listed twice.</source>
        <translation>管理策 %1 が重複しています。</translation>
    </message>
    <message>
        <source>The catalog lists no controls.</source>
        <translation>カタログに管理策がありません。</translation>
    </message>
</context>
<context>
    <name>CatalogMapping</name>
    <message>
        <source>Not a control mapping (JSON error at offset %1: %2).</source>
        <translation>管理策の対応表ではありません(JSONエラー、位置 %1: %2)。</translation>
    </message>
    <message>
        <source>Not a Daicho control mapping.</source>
        <translation>Daicho の管理策対応表ではありません。</translation>
    </message>
    <message>
        <source>This mapping format is not supported by this Daicho.</source>
        <translation>この対応表の形式はこの Daicho では扱えません。</translation>
    </message>
    <message>
        <source>The mapping lacks its key, version or catalogs.</source>
        <translation>対応表にキー、版、またはカタログの指定がありません。</translation>
    </message>
    <message>
        <source>A mapping entry has no source.</source>
        <translation>対応元のない行があります。</translation>
    </message>
    <message>
        <source>%1 maps to nothing.</source>
        <translation>%1 の対応先がありません。</translation>
    </message>
    <message>
        <source>%1 is mapped twice.</source>
        <translation>%1 の対応が重複しています。</translation>
    </message>
    <message>
        <source>The mapping is from %1 to %2, not from %3 to %4.</source>
        <translation>この対応表は %1 から %2 へのもので、%3 から %4 へのものではありません。</translation>
    </message>
    <message>
        <source>%1 is not a control of %2.</source>
        <translation>%1 は %2 の管理策ではありません。</translation>
    </message>
    <message>
        <source>%1 maps to %2, which is not a control of %3.</source>
        <translation>%1 の対応先 %2 は %3 の管理策ではありません。</translation>
    </message>
    <message>
        <source>%1 is not mapped.</source>
        <translation>%1 に対応先がありません。</translation>
    </message>
</context>
<context>
    <name>Catalogs</name>
    <message>
        <source>Unknown catalog "%1"; the catalogs are: %2.</source>
        <translation>カタログ「%1」はありません。使えるカタログ: %2</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check DB</source>
        <translation>check DB</translation>
    </message>
    <message>
        <source>verify the file's integrity, schema version and change-history chain</source>
        <translation>ファイルの整合性、スキーマのバージョン、変更履歴の連鎖を検査する</translation>
    </message>
    <message>
        <source>Exit status 0 when the register is sound, 1 when something is wrong (each finding is printed), 2 when the file is not a Daicho register.</source>
        <translation>終了ステータス: 健全なら0、問題があれば1(見つかった問題をすべて表示)、Daicho の台帳ファイルでなければ2。</translation>
    </message>
    <message numerus="yes">
        <source>%1: sound (schema %2, integrity ok, %n history entries verified, register matches its history)</source>
        <translation><numerusform>%1: 健全です(スキーマ %2、整合性 OK、変更履歴 %n 件を検証、台帳の内容は履歴と一致)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation><numerusform>%1: %n 件の問題が見つかりました</numerusform></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: daicho-cli COMMAND [ARGUMENTS] [--lang ja|en]</source>
        <translation>使い方: daicho-cli コマンド [引数] [--lang ja|en]</translation>
    </message>
    <message>
        <source>Daicho keeps an ISMS register of information assets, risks and controls in one file. This program does the same jobs as the Daicho window, without a screen.</source>
        <translation>Daicho(台帳)は、情報資産・リスク・管理策の ISMS 台帳を1つのファイルで管理します。このプログラムは Daicho の画面と同じ作業を、画面なしで行います。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>show this help, or a command's help</source>
        <translation>このヘルプ、またはコマンドのヘルプを表示する</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>バージョンを表示する</translation>
    </message>
    <message>
        <source>language of messages (default: from the system locale)</source>
        <translation>メッセージの言語(既定: システムのロケール)</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>終了ステータス:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>the input was refused (nothing was written)</source>
        <translation>入力を受け付けなかった(何も書き込んでいない)</translation>
    </message>
    <message>
        <source>usage error, I/O error, or a file that is not a Daicho register</source>
        <translation>使い方の誤り、入出力エラー、または Daicho の台帳ではないファイル</translation>
    </message>
    <message>
        <source>Run "daicho-cli COMMAND --help" for the options of a command.</source>
        <translation>各コマンドのオプションは「daicho-cli コマンド --help」で表示されます。</translation>
    </message>
    <message>
        <source>Usage: daicho-cli %1</source>
        <translation>使い方: daicho-cli %1</translation>
    </message>
    <message>
        <source>Run "daicho-cli %1 --help" for its options.</source>
        <translation>オプションは「daicho-cli %1 --help」で表示されます。</translation>
    </message>
    <message>
        <source>daicho-cli: --lang must be ja or en (got "%1")</source>
        <translation>daicho-cli: --lang は ja か en です(指定値「%1」)</translation>
    </message>
    <message>
        <source>daicho-cli: unknown command "%1"</source>
        <translation>daicho-cli: 不明なコマンド「%1」</translation>
    </message>
    <message>
        <source>Run "daicho-cli --help" for the list of commands.</source>
        <translation>コマンドの一覧は「daicho-cli --help」で表示されます。</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Cannot write the mapping: %1</source>
        <translation>列の対応付けを書き込めません: %1</translation>
    </message>
    <message>
        <source>Cannot read the mapping: %1</source>
        <translation>列の対応付けを読み込めません: %1</translation>
    </message>
    <message>
        <source>Not a column mapping (JSON: %1).</source>
        <translation>列の対応付けではありません(JSON: %1)。</translation>
    </message>
    <message>
        <source>Not a Daicho column mapping (no "format": "%1").</source>
        <translation>Daicho の列の対応付けではありません("format": "%1" がありません)。</translation>
    </message>
    <message>
        <source>A column mapping of a version this Daicho does not know.</source>
        <translation>この Daicho が知らない版の列の対応付けです。</translation>
    </message>
    <message>
        <source>This mapping is for the table "%1", not "%2".</source>
        <translation>この対応付けは「%2」ではなく「%1」の表のものです。</translation>
    </message>
    <message>
        <source>The column "%1" is mapped to "%2", which is not a column of this table.</source>
        <translation>列「%1」の対応先「%2」はこの表の項目ではありません。</translation>
    </message>
</context>
<context>
    <name>ControlCatalogTableIo</name>
    <message>
        <source>The table "%1" is built into Daicho and cannot be imported.</source>
        <translation>テーブル「%1」は Daicho に組み込まれているため、取り込めません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to the table "%2".</source>
        <translation>オプション --%1 はテーブル「%2」には使えません。</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Theme (English)</source>
        <translation>テーマ(英語)</translation>
    </message>
    <message>
        <source>Theme (Japanese)</source>
        <translation>テーマ(日本語)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>名称(英語)</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>名称(日本語)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Control catalog</source>
        <translation>管理策カタログ</translation>
    </message>
</context>
<context>
    <name>ControlMappingTableIo</name>
    <message>
        <source>The option --%1 does not apply to the table "%2".</source>
        <translation>オプション --%1 はテーブル「%2」には使えません。</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013</source>
        <translation>ISO/IEC 27001:2013</translation>
    </message>
    <message>
        <source>Title (2013)</source>
        <translation>名称(2013年版)</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022</source>
        <translation>ISO/IEC 27001:2022</translation>
    </message>
    <message>
        <source>Title (2022)</source>
        <translation>名称(2022年版)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>merged from %1</source>
        <translation>%1 を統合</translation>
    </message>
    <message>
        <source>split into %1</source>
        <translation>%1 に分割</translation>
    </message>
    <message>
        <source>new in 2022</source>
        <translation>2022年版で新規</translation>
    </message>
    <message>
        <source>Control mapping 2013 → 2022</source>
        <translation>管理策の対応表 2013 → 2022</translation>
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message>
        <source>CSV, UTF-8 with BOM, for Excel (*.csv)</source>
        <translation>CSV、UTF-8 (BOM付き、Excel 向け) (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS (CP932) (*.csv)</source>
        <translation>CSV、Shift_JIS (CP932) (*.csv)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV、UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export Assets to CSV</source>
        <translation>情報資産を CSV に書き出す</translation>
    </message>
    <message>
        <source>assets.csv</source>
        <translation>情報資産台帳.csv</translation>
    </message>
    <message>
        <source>The assets were not exported.

%1</source>
        <translation>情報資産を書き出せませんでした。

%1</translation>
    </message>
    <message>
        <source>Assets from CSV…</source>
        <translation>CSV から情報資産…</translation>
    </message>
    <message>
        <source>Assets to CSV…</source>
        <translation>情報資産を CSV に…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1</source>
        <translation><numerusform>%1 に情報資産 %n 件を書き出しました</numerusform></translation>
    </message>
</context>
<context>
    <name>CsvEncodings</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 (BOM付き)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>This line has bytes that are not valid %1 text.</source>
        <translation>この行に %1 として正しくないバイトがあります。</translation>
    </message>
    <message>
        <source>The file may be in another encoding: choose it explicitly.</source>
        <translation>ファイルが別の文字コードで書かれている可能性があります。文字コードを指定してください。</translation>
    </message>
    <message>
        <source>A line longer than %1 MB: this is not a CSV file.</source>
        <translation>%1 MB を超える行があります。CSV ファイルではありません。</translation>
    </message>
    <message numerus="yes">
        <source>A field longer than %n characters starts here (column %1).</source>
        <translation><numerusform>%n 文字を超える項目がここ(%1 文字目)から始まっています。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>More than %n fields in one record.</source>
        <translation><numerusform>1 件のレコードの項目数が %n を超えています。</numerusform></translation>
    </message>
    <message>
        <source>A quoted field that starts here (column %1) is never closed.</source>
        <translation>ここ(%1 文字目)で始まる引用符付きの項目が閉じられていません。</translation>
    </message>
    <message>
        <source>A NUL byte (column %1): this looks like a binary file, or UTF-16 without a byte-order mark.</source>
        <translation>NUL バイトがあります(%1 文字目)。バイナリファイルか、BOM のない UTF-16 のようです。</translation>
    </message>
    <message>
        <source>A quote inside a field that does not start with a quote (column %1). Quote the whole field and double the quote.</source>
        <translation>引用符で始まらない項目の中に引用符があります(%1 文字目)。項目全体を引用符で囲み、中の引用符は二重にしてください。</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field (column %1). Quote the whole field and double any quote inside it.</source>
        <translation>項目の閉じ引用符の後に文字があります(%1 文字目)。項目全体を引用符で囲み、中の引用符は二重にしてください。</translation>
    </message>
    <message>
        <source>A NUL byte on this line: this looks like a binary file, or UTF-16 without a byte-order mark.</source>
        <translation>この行に NUL バイトがあります。バイナリファイルか、BOM のない UTF-16 のようです。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>ファイルに書き込めません: %1</translation>
    </message>
    <message>
        <source>"%1" cannot be written in %2 (the character "%3"). Export in UTF-8 instead.</source>
        <translation>「%1」は %2 で書けません(文字「%3」)。UTF-8 で書き出してください。</translation>
    </message>
    <message>
        <source>A value cannot be written in %1.</source>
        <translation>%1 で書けない値があります。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: ファイルがありません。</translation>
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation>%1: 通常のファイルではありません。</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: %2 It was not opened and has not been changed.</source>
        <translation>%1: %2 ファイルは開いておらず、変更もしていません。</translation>
    </message>
    <message>
        <source>the file is empty, so it is not a Daicho register.</source>
        <translation>空のファイルのため、Daicho の台帳ではありません。</translation>
    </message>
    <message>
        <source>this is not a Daicho register (not an SQLite database).</source>
        <translation>Daicho の台帳ではありません(SQLite データベースではありません)。</translation>
    </message>
    <message>
        <source>this is an SQLite database of another application, not a Daicho register.</source>
        <translation>他のアプリケーションの SQLite データベースで、Daicho の台帳ではありません。</translation>
    </message>
    <message>
        <source>the register was written by a newer version of Daicho (file format %1; this version reads up to %2). Update Daicho to open it.</source>
        <translation>より新しいバージョンの Daicho で書かれた台帳です(ファイル形式 %1、このバージョンは %2 まで)。開くには Daicho を更新してください。</translation>
    </message>
    <message>
        <source>the register has no schema; it is damaged.</source>
        <translation>台帳にスキーマがありません。ファイルが壊れています。</translation>
    </message>
    <message>
        <source>the file header is damaged.</source>
        <translation>ファイルのヘッダが壊れています。</translation>
    </message>
    <message>
        <source>the file is truncated or damaged (%1 bytes, expected %2).</source>
        <translation>ファイルが途中で切れているか壊れています(%1 バイト、本来は %2 バイト)。</translation>
    </message>
    <message>
        <source>the file is truncated or damaged (its size is not a whole number of pages).</source>
        <translation>ファイルが途中で切れているか壊れています(サイズがページ単位になっていません)。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not available (install libqt6sql6-sqlite).</source>
        <translation>Qt の SQLite ドライバがありません(libqt6sql6-sqlite をインストールしてください)。</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>no register id</source>
        <translation>台帳 ID がありません</translation>
    </message>
    <message>
        <source>%1: the register is damaged and cannot be read (%2). It has not been changed.</source>
        <translation>%1: 台帳が壊れていて読み込めません(%2)。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists; it was left as it is.</source>
        <translation>%1: 同じ名前のファイルがすでにあります。そのファイルには手を付けていません。</translation>
    </message>
    <message>
        <source>%1: cannot create the folder.</source>
        <translation>%1: フォルダを作成できません。</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: 作成できません: %2</translation>
    </message>
</context>
<context>
    <name>DemoControls</name>
    <message>
        <source>Demo Statement of Applicability</source>
        <translation>デモの適用宣言書</translation>
    </message>
</context>
<context>
    <name>DemoRegister</name>
    <message>
        <source>Demo register</source>
        <translation>デモ台帳</translation>
    </message>
</context>
<context>
    <name>DemoRisks</name>
    <message>
        <source>Demo risks</source>
        <translation>デモのリスク</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export DB --table %1 --out FILE.csv [--encoding utf-8-bom|utf-8|cp932]</source>
        <translation>export DB --table %1 --out FILE.csv [--encoding utf-8-bom|utf-8|cp932]</translation>
    </message>
    <message>
        <source>write a table of the register as CSV</source>
        <translation>台帳の表を CSV に書き出す</translation>
    </message>
    <message>
        <source>  --table NAME      the table to write (default: assets)
  --out FILE.csv    the file to write (replaced if it exists)
  --encoding ENC    utf-8-bom (default; Excel opens it correctly), utf-8, or
                    cp932 (Shift_JIS; a value it cannot hold is an error)
  --catalog NAME    for tables that have one (controls, SoA)
The columns are the ones import reads, so a file exported here imports back unchanged. Cells starting with = + - @ are written with a leading ' so a spreadsheet does not run them as formulas.</source>
        <translation>  --table NAME      書き出す表(既定: assets)
  --out FILE.csv    書き出すファイル(あれば置き換え)
  --encoding ENC    utf-8-bom(既定。Excel で正しく開けます)、utf-8、
                    cp932(Shift_JIS。書けない文字があればエラー)
  --catalog NAME    カタログのある表(管理策、適用宣言書)用
列は import が読む列と同じなので、書き出したファイルはそのまま取り込み直せます。= + - @ で始まるセルは、表計算ソフトが数式として実行しないよう先頭に ' を付けて書きます。</translation>
    </message>
    <message>
        <source>--out FILE.csv is required.</source>
        <translation>--out FILE.csv は必須です。</translation>
    </message>
    <message>
        <source>Unknown table "%1".</source>
        <translation>表「%1」は不明です。</translation>
    </message>
    <message>
        <source>--catalog does not apply to the table "%1".</source>
        <translation>--catalog は表「%1」には使えません。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1</source>
        <translation><numerusform>%1 に %n 行を書き出しました</numerusform></translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Register file to open.</source>
        <translation>開く台帳ファイル。</translation>
    </message>
    <message>
        <source>Demo register</source>
        <translation>デモ台帳</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The register has no id.</source>
        <translation>台帳に ID がありません。</translation>
    </message>
    <message>
        <source>entry %1 is missing (entry %2 comes next)</source>
        <translation>履歴 %1 が欠けています(次は履歴 %2)</translation>
    </message>
    <message>
        <source>entry %1, or the one before it, was changed after it was written</source>
        <translation>履歴 %1、またはその直前の履歴が記録後に書き換えられています</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import DB FILE.csv [--table %1] [--encoding auto|utf-8|cp932|utf-16] [--mapping MAP.json] [--on-duplicate fail|update|skip] [--default-class customer|test|internal] [--default-subtype physical|software|data|service|media] [--dry-run]</source>
        <translation>import DB FILE.csv [--table %1] [--encoding auto|utf-8|cp932|utf-16] [--mapping MAP.json] [--on-duplicate fail|update|skip] [--default-class customer|test|internal] [--default-subtype physical|software|data|service|media] [--dry-run]</translation>
    </message>
    <message>
        <source>import a CSV file (Excel, IPA ledger) into the register, all or nothing</source>
        <translation>CSV ファイル(Excel、IPA の台帳)を台帳に取り込む(全件か無か)</translation>
    </message>
    <message>
        <source>  --table NAME        what the file holds (default: assets)
  --encoding ENC      auto (default: byte-order mark, else UTF-8, else CP932),
                      utf-8, cp932 (Shift_JIS) or utf-16
  --delimiter D       comma, tab or semicolon (default: detected)
  --mapping MAP.json  which column feeds which field (saved from the import wizard
                      or with --save-mapping); other columns are recognised by name
  --save-mapping MAP.json  write the mapping this file gets, to edit and reuse
  --on-duplicate X    a code already in the register: fail (default), update it,
                      or skip the row
  --default-class C   class for rows without one (IPA ledgers have none)
  --default-subtype S subtype for rows without one
  --cia-scale 0-2     the file uses IPA's older 0–2 scale for C, I and A
  --dry-run           check everything and report, write nothing
Every problem is printed as FILE:LINE: column NAME: message. If any row is refused, nothing is written (exit status 1).</source>
        <translation>  --table NAME        ファイルの内容(既定: assets)
  --encoding ENC      auto(既定。BOM、なければ UTF-8、違えば CP932)、
                      utf-8、cp932(Shift_JIS)、utf-16
  --delimiter D       comma、tab、semicolon(既定: 自動判定)
  --mapping MAP.json  どの列をどの項目に取り込むか(取り込みウィザードか
                      --save-mapping で保存したもの)。ほかの列は見出し名で判定
  --save-mapping MAP.json  このファイルの列の対応付けを保存(編集して再利用)
  --on-duplicate X    台帳にすでにある管理番号: fail(既定。エラー)、update(更新)、
                      skip(その行を飛ばす)
  --default-class C   資産区分のない行の資産区分(IPA の台帳にはありません)
  --default-subtype S 種別のない行の種別
  --cia-scale 0-2     機密性・完全性・可用性が IPA の旧版の 0〜2 段階
  --dry-run           すべて検査して報告し、何も書き込まない
問題はすべて FILE:LINE: column NAME: メッセージ の形で表示します。1 行でも受け付けられなければ何も書き込みません(終了コード 1)。</translation>
    </message>
    <message>
        <source>Unknown table "%1".</source>
        <translation>表「%1」は不明です。</translation>
    </message>
    <message>
        <source>--%1 does not apply to the table "%2".</source>
        <translation>--%1 は表「%2」には使えません。</translation>
    </message>
    <message>
        <source>Saved the column mapping to %1</source>
        <translation>列の対応付けを %1 に保存しました</translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation>%1(警告)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported.</source>
        <translation><numerusform>%n 件の問題があります。何も取り込んでいません。</numerusform></translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 skipped (%5 rows, %6, %7)</source>
        <translation>追加 %1、更新 %2、変更なし %3、スキップ %4(%5 行、%6、%7)</translation>
    </message>
    <message>
        <source>Dry run of %1: %2. Nothing was written.</source>
        <translation>%1 の試行: %2。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>%1 を取り込みました: %2。</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>init DB [--org NAME] [--scope SCOPE] [--demo]</source>
        <translation>init DB [--org 組織名] [--scope 適用範囲] [--demo]</translation>
    </message>
    <message>
        <source>create a new register file</source>
        <translation>新しい台帳ファイルを作成する</translation>
    </message>
    <message>
        <source>  --org NAME       the organisation the register belongs to
  --scope SCOPE    the ISMS scope (shown on every report page)
  --demo           fill it with the demo register of the seed company
An existing file is never overwritten. The new file is readable by its owner only.</source>
        <translation>  --org 組織名     台帳の組織名
  --scope 適用範囲  ISMS の適用範囲(報告書の各ページに表示)
  --demo           デモ台帳の内容で作成する
既存のファイルは上書きしません。新しいファイルは所有者だけが読み書きできます。</translation>
    </message>
    <message>
        <source>Created register %1</source>
        <translation>台帳 %1 を作成しました</translation>
    </message>
    <message numerus="yes">
        <source>Created register %1 with the demo register (%n assets)</source>
        <translation><numerusform>デモ台帳の内容で台帳 %1 を作成しました(資産 %n 件)</numerusform></translation>
    </message>
</context>
<context>
    <name>InventoryReport</name>
    <message>
        <source>Information asset inventory</source>
        <translation>情報資産管理台帳</translation>
    </message>
    <message>
        <source>class: %1</source>
        <translation>資産区分: %1</translation>
    </message>
    <message>
        <source>priority: %1</source>
        <translation>優先度: %1</translation>
    </message>
    <message>
        <source>Assets within the ISMS scope, by class and priority</source>
        <translation>ISMS適用範囲の情報資産(資産区分・優先度別)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>情報資産数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Holding personal data</source>
        <translation>個人情報を含む資産</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>見直し期限超過</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>C confidentiality, I integrity, A availability (1–3); importance = max(C, I, A), 3 with personal data; * priority set by hand (reason in the register)</source>
        <translation>機 機密性、完 完全性、可 可用性(1〜3)。重要度 = max(機, 完, 可)、個人情報を含む場合は3。* は手動で設定した優先度(理由は台帳に記録)</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation>(続き)</translation>
    </message>
    <message>
        <source>No assets.</source>
        <translation>該当する情報資産はありません。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>C</source>
        <extracomment>Column header: confidentiality, one letter or character.</extracomment>
        <translation>機</translation>
    </message>
    <message>
        <source>I</source>
        <extracomment>Column header: integrity, one letter or character.</extracomment>
        <translation>完</translation>
    </message>
    <message>
        <source>A</source>
        <extracomment>Column header: availability, one letter or character.</extracomment>
        <translation>可</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回見直し</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 期限超過</translation>
    </message>
    <message>
        <source>%1 — %2 assets</source>
        <translation>%1 — %2件</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>PageLayout</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>レポートの作成を中止しました。</translation>
    </message>
    <message>
        <source>The page is too small for a report.</source>
        <translation>用紙が小さすぎてレポートを配置できません。</translation>
    </message>
</context>
<context>
    <name>PagePainter</name>
    <message>
        <source>Could not start page %1.</source>
        <translation>%1ページ目を開始できませんでした。</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>レポートを書き込めません: %1</translation>
    </message>
    <message>
        <source>Cannot start painting the PDF.</source>
        <translation>PDFの描画を開始できません。</translation>
    </message>
</context>
<context>
    <name>PriorityRule</name>
    <message>
        <source>%1: it holds or processes customers' personal data.</source>
        <translation>%1: 顧客の個人データを保有または処理しているため。</translation>
    </message>
    <message>
        <source>%1: a customer asset at the data center; the service's stable operation depends on it.</source>
        <translation>%1: データセンターの顧客用資産で、サービスの安定運用がこれに依存するため。</translation>
    </message>
    <message>
        <source>%1: a test-environment asset.</source>
        <translation>%1: 試験環境用の資産のため。</translation>
    </message>
    <message>
        <source>%1: an internal asset.</source>
        <translation>%1: その他社内用の資産のため。</translation>
    </message>
    <message>
        <source>%1 — raised from %2: %3 (%4) depends on it.</source>
        <translation>%1 — %2 から引き上げ: %3(%4)がこの資産に依存しているため。</translation>
    </message>
    <message>
        <source>this asset</source>
        <translation>この資産</translation>
    </message>
    <message>
        <source>%1 — raised from %2: %3 (%4) depends on it through other assets: %5.</source>
        <translation>%1 — %2 から引き上げ: %3(%4)が他の資産を介してこの資産に依存しているため: %5。</translation>
    </message>
    <message>
        <source>Own basis: %1</source>
        <translation>本来の判定: %1</translation>
    </message>
    <message>
        <source>%1, set by hand (the rule gives %2).</source>
        <translation>%1(手動設定。規則による判定は %2)。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>規則: %1</translation>
    </message>
</context>
<context>
    <name>RegisterCheck</name>
    <message>
        <source>schema version %1, this Daicho expects %2</source>
        <translation>スキーマのバージョンが %1 です(この Daicho は %2)</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>整合性: %1</translation>
    </message>
    <message>
        <source>references: %1</source>
        <translation>参照: %1</translation>
    </message>
    <message>
        <source>history chain broken: %1</source>
        <translation>変更履歴の連鎖が壊れています: %1</translation>
    </message>
    <message>
        <source>history mismatch: %1</source>
        <translation>履歴との不一致: %1</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>%2 の行 %1 が、存在しない %3 の行を参照しています</translation>
    </message>
    <message>
        <source>%1 %2 exists but its history has no record of it</source>
        <translation>%1 %2 は存在しますが、変更履歴に記録がありません</translation>
    </message>
    <message>
        <source>%1 %2 differs from its last history entry (changed outside Daicho)</source>
        <translation>%1 %2 が最後の変更履歴と一致しません(Daicho 以外で変更されています)</translation>
    </message>
    <message>
        <source>%1 %2 is missing, but its history says it exists (removed outside Daicho)</source>
        <translation>%1 %2 がありませんが、変更履歴では存在しています(Daicho 以外で削除されています)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>ほか %n 件</numerusform></translation>
    </message>
    <message>
        <source>dependency cycle between assets %1</source>
        <translation>資産の依存関係が循環しています: %1</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>依存関係</translation>
    </message>
    <message>
        <source>register setting</source>
        <translation>台帳の設定</translation>
    </message>
    <message>
        <source>SoA entry</source>
        <translation>適用宣言書の項目</translation>
    </message>
    <message>
        <source>control applied to an asset</source>
        <translation>資産への管理策の適用</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>risk assessment method</source>
        <translation>リスク評価手法</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>print an audit report to a PDF file (A4)</source>
        <translation>監査用レポートをPDFファイル(A4)に出力する</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 rows</source>
        <translation>%1 を出力しました: %2ページ、%3行</translation>
    </message>
    <message>
        <source>--%1: unknown value "%2"</source>
        <translation>--%1: 不明な値「%2」</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 を指定してください</translation>
    </message>
    <message>
        <source>report DB --kind inventory|risk-assessment|treatment-plan|soa|audit-pack --out FILE.pdf [--class LIST] [--priority LIST] [--catalog KEY]</source>
        <translation>report DB --kind inventory|risk-assessment|treatment-plan|soa|audit-pack --out FILE.pdf [--class 一覧] [--priority 一覧] [--catalog キー]</translation>
    </message>
    <message>
        <source>  --kind KIND      which report: inventory, risk-assessment, treatment-plan, soa, audit-pack
  --out FILE.pdf   where to write it (replaced only when the report is complete)
  --class LIST     inventory, audit-pack: only these asset classes, e.g. customer,internal
  --priority LIST  inventory, audit-pack: only these priorities, e.g. P1,P2
  --catalog KEY    soa, audit-pack: the catalog (default: the register's SoA catalog)
The report is in the language of --lang (or the system locale).</source>
        <translation>  --kind 種類      レポートの種類: inventory(情報資産管理台帳), risk-assessment(リスクアセスメント結果), treatment-plan(リスク対応計画), soa(適用宣言書), audit-pack(監査資料一式)
  --out FILE.pdf   出力先(レポートが完成した時点で置き換えます)
  --class 一覧     inventory, audit-pack: この資産区分だけ(例: customer,internal)
  --priority 一覧  inventory, audit-pack: この優先度だけ(例: P1,P2)
  --catalog キー   soa, audit-pack: 管理策カタログ(既定: 台帳の適用宣言書のカタログ)
レポートの言語は --lang(指定がなければシステムのロケール)に従います。</translation>
    </message>
</context>
<context>
    <name>ReportFrame</name>
    <message>
        <source>r%1 · %2</source>
        <translation>r%1 · %2</translation>
    </message>
    <message>
        <source>(organisation not set)</source>
        <translation>(組織名 未設定)</translation>
    </message>
    <message>
        <source>ISMS scope: %1</source>
        <translation>ISMS適用範囲: %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>Register as of %1 · printed %2</source>
        <translation>台帳の時点 %1 · 出力 %2</translation>
    </message>
    <message>
        <source>Version: register revision %1</source>
        <translation>版: 台帳リビジョン %1</translation>
    </message>
    <message>
        <source>Daicho %1</source>
        <translation>Daicho %1</translation>
    </message>
    <message>
        <source>Daicho %1 · %2</source>
        <translation>Daicho %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer: %1 is this page, %2 the number of pages.</extracomment>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>組織: %1</translation>
    </message>
    <message>
        <source>Register date (last change): %1</source>
        <translation>台帳日付(最終変更): %1</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>The report "%1" is not available yet: the register does not hold its data in this version of Daicho.</source>
        <translation>レポート「%1」はまだ利用できません: このバージョンのDaichoの台帳にはそのデータがありません。</translation>
    </message>
</context>
<context>
    <name>RiskAssessmentReport</name>
    <message>
        <source>Risk assessment results</source>
        <translation>リスクアセスメント結果</translation>
    </message>
    <message>
        <source>Risks of the information assets, as assessed, highest level first</source>
        <translation>情報資産のリスクと評価結果(リスクレベルの高い順)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>Column header: the version of the assessment method that scored the risk; short.</extracomment>
        <translation>評価方法</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1(第%2版)</translation>
    </message>
    <message>
        <source>How risks are scored</source>
        <translation>リスク値の算出</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>リスク数</translation>
    </message>
    <message>
        <source>%1 (%2; not assessed %3; closed %4)</source>
        <translation>%1(%2、未評価 %3、終了 %4)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation>(続き)</translation>
    </message>
    <message>
        <source>The register holds no risks yet.</source>
        <translation>台帳にはまだリスクがありません。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>対象資産</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>既存の管理策</translation>
    </message>
    <message>
        <source>Threat level</source>
        <extracomment>Column header: the threat level (1-3) of IPA's method; one short word.</extracomment>
        <translation>脅威レベル</translation>
    </message>
    <message>
        <source>Vuln. level</source>
        <extracomment>Column header: the vulnerability level (1-3) of IPA's method; one short word.</extracomment>
        <translation>脆弱性レベル</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>リスクレベル</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>リスク所有者</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>評価日</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>%1 — %2 risks</source>
        <translation>%1 — %2 件</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1(終了)</translation>
    </message>
    <message>
        <source>%1 (the default; no risk assessed yet)</source>
        <translation>%1(既定。まだ評価したリスクはありません)</translation>
    </message>
</context>
<context>
    <name>RiskColumns</name>
    <message>
        <source>Risk value</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>リスクレベル</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>残留リスク値</translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation>残留リスクレベル</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>対策後の発生可能性</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>対策後の影響度</translation>
    </message>
    <message>
        <source>Action %1: "%2" is not a date (YYYY-MM-DD).</source>
        <translation>対応策 %1: 「%2」は日付(YYYY-MM-DD)ではありません。</translation>
    </message>
    <message>
        <source>Action %1: "%2" is not a completion date or "done".</source>
        <translation>対応策 %1: 「%2」は完了日でも「done」でもありません。</translation>
    </message>
    <message>
        <source>Action %1 has more than four parts (description | owner | due | done).</source>
        <translation>対応策 %1 の区切りが多すぎます(内容 | 担当 | 期限 | 完了 の4つまで)。</translation>
    </message>
</context>
<context>
    <name>RiskCommands</name>
    <message>
        <source>New risk %1</source>
        <translation>リスク %1 の新規作成</translation>
    </message>
    <message>
        <source>The risk no longer exists.</source>
        <translation>このリスクはもうありません。</translation>
    </message>
    <message>
        <source>Edit risk %1</source>
        <translation>リスク %1 の編集</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n risk(s)</source>
        <translation><numerusform>リスク %n 件の削除</numerusform></translation>
    </message>
    <message>
        <source>Change the assessment method</source>
        <translation>リスクアセスメント手法の変更</translation>
    </message>
    <message>
        <source>New threat %1</source>
        <translation>脅威 %1 の新規作成</translation>
    </message>
    <message>
        <source>The threat no longer exists.</source>
        <translation>この脅威はもうありません。</translation>
    </message>
    <message>
        <source>Edit threat %1</source>
        <translation>脅威 %1 の編集</translation>
    </message>
    <message>
        <source>Delete threat</source>
        <translation>脅威の削除</translation>
    </message>
    <message>
        <source>New vulnerability %1</source>
        <translation>脆弱性 %1 の追加</translation>
    </message>
    <message>
        <source>The vulnerability no longer exists.</source>
        <translation>この脆弱性はもう存在しません。</translation>
    </message>
    <message>
        <source>Retire vulnerability %1</source>
        <translation>脆弱性 %1 の使用停止</translation>
    </message>
    <message>
        <source>Reinstate vulnerability %1</source>
        <translation>脆弱性 %1 の使用再開</translation>
    </message>
    <message>
        <source>Edit vulnerability %1</source>
        <translation>脆弱性 %1 の編集</translation>
    </message>
    <message>
        <source>Delete vulnerability</source>
        <translation>脆弱性の削除</translation>
    </message>
</context>
<context>
    <name>RiskMethodSnapshot</name>
    <message>
        <source>The assessment method cannot be read: %1</source>
        <translation>リスク評価手法を読み取れません: %1</translation>
    </message>
    <message>
        <source>format %1 is from a newer Daicho</source>
        <translation>形式 %1 は新しいバージョンの Daicho のものです</translation>
    </message>
</context>
<context>
    <name>RiskMethodTerms</name>
    <message>
        <source>Threat must be 1 to 3.</source>
        <translation>脅威は 1〜3 で指定してください。</translation>
    </message>
    <message>
        <source>Vulnerability must be 1 to 3.</source>
        <translation>脆弱性は 1〜3 で指定してください。</translation>
    </message>
    <message>
        <source>No importance: link the risk to at least one asset.</source>
        <translation>重要度がありません。リスクに資産を1つ以上関連付けてください。</translation>
    </message>
    <message>
        <source>Likelihood must be 1 to %1.</source>
        <translation>発生可能性は 1〜%1 で指定してください。</translation>
    </message>
    <message>
        <source>Impact must be 1 to %1.</source>
        <translation>影響度は 1〜%1 で指定してください。</translation>
    </message>
    <message>
        <source>The method has no band for risk value %1.</source>
        <translation>リスク値 %1 に当たるレベルが手法に定義されていません。</translation>
    </message>
    <message>
        <source>The method's name is longer than %1 characters.</source>
        <translation>手法の名前が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>IPA's method has three levels on each axis.</source>
        <translation>IPA の手法は各軸 3 段階です。</translation>
    </message>
    <message>
        <source>Likelihood for threat %1 and vulnerability %2 must be 1 to 3.</source>
        <translation>脅威 %1・脆弱性 %2 の発生可能性は 1〜3 で指定してください。</translation>
    </message>
    <message>
        <source>A matrix has %1 to %2 levels on each axis.</source>
        <translation>マトリクスの各軸は %1〜%2 段階です。</translation>
    </message>
    <message>
        <source>There must be one likelihood name per level.</source>
        <translation>発生可能性の名前は段階ごとに1つ必要です。</translation>
    </message>
    <message>
        <source>There must be one impact name per level.</source>
        <translation>影響度の名前は段階ごとに1つ必要です。</translation>
    </message>
    <message>
        <source>A level name is longer than %1 characters.</source>
        <translation>段階の名前が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The method has no bands.</source>
        <translation>手法にリスクレベルがありません。</translation>
    </message>
    <message>
        <source>Band %1 has no key.</source>
        <translation>レベル %1 にキーがありません。</translation>
    </message>
    <message>
        <source>Two bands have the key "%1".</source>
        <translation>2つのレベルが同じキー「%1」を持っています。</translation>
    </message>
    <message>
        <source>The name of band "%1" is longer than %2 characters.</source>
        <translation>レベル「%1」の名前が %2 文字を超えています。</translation>
    </message>
    <message>
        <source>Band "%1" ends (%2) before it starts (%3).</source>
        <translation>レベル「%1」の終わり(%2)が始まり(%3)より前です。</translation>
    </message>
    <message>
        <source>Band "%1" must start at %2 so that no risk value is left out or counted twice.</source>
        <translation>リスク値の抜けや重複がないよう、レベル「%1」は %2 から始めてください。</translation>
    </message>
    <message>
        <source>Band "%1" is higher than "%2" but asks for less.</source>
        <translation>レベル「%1」は「%2」より高いのに、求める対応が軽くなっています。</translation>
    </message>
    <message>
        <source>The last band must end at %1, the highest risk value.</source>
        <translation>最後のレベルはリスク値の最大 %1 で終わる必要があります。</translation>
    </message>
    <message>
        <source>IPA risk analysis (threat × vulnerability)</source>
        <translation>IPA リスク分析(脅威 × 脆弱性)</translation>
    </message>
    <message>
        <source>Likelihood × impact matrix (ISO/IEC 27005 style)</source>
        <translation>発生可能性 × 影響度マトリクス(ISO/IEC 27005 方式)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受容</translation>
    </message>
    <message>
        <source>Accept under management</source>
        <translation>管理下で受容</translation>
    </message>
    <message>
        <source>Treat</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>受容可能</translation>
    </message>
    <message>
        <source>Acceptable under management</source>
        <translation>管理下で受容可能</translation>
    </message>
    <message>
        <source>Treatment required</source>
        <translation>対応が必要</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>極めて高い</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>まれ</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>起こりにくい</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>起こりやすい</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>ほぼ確実</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>起こりうる</translation>
    </message>
    <message>
        <source>Importance %1</source>
        <translation>重要度 %1</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>甚大</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>軽微</translation>
    </message>
</context>
<context>
    <name>RiskReportData</name>
    <message>
        <source>APPI</source>
        <translation>個人情報保護法</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1 %2–%3: %4</source>
        <translation>%1 %2〜%3: %4</translation>
    </message>
    <message>
        <source>likelihood from threat × vulnerability (1–3), impact = the highest importance of the risk's assets (1–3), value = likelihood × impact</source>
        <translation>発生可能性は脅威×脆弱性から(1〜3)、影響度は対象資産の重要度の最大値(1〜3)、リスク値 = 発生可能性 × 影響度</translation>
    </message>
    <message>
        <source>value = likelihood (1–%1) × impact (1–%2)</source>
        <translation>リスク値 = 発生可能性(1〜%1)× 影響度(1〜%2)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>RiskRules</name>
    <message>
        <source>%1 must be 1 to %2.</source>
        <translation>%1 は 1〜%2 で指定してください。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 が %2 文字を超えています。</translation>
    </message>
    <message>
        <source>A risk needs a code.</source>
        <translation>リスクIDを入力してください。</translation>
    </message>
    <message>
        <source>The code is longer than %1 characters.</source>
        <translation>リスクIDが %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The code must not contain spaces.</source>
        <translation>リスクIDに空白は使えません。</translation>
    </message>
    <message>
        <source>A risk needs a title.</source>
        <translation>リスクの内容を入力してください。</translation>
    </message>
    <message>
        <source>A risk concerns at least one asset.</source>
        <translation>リスクには資産を1つ以上関連付けてください。</translation>
    </message>
    <message>
        <source>The acceptance expires before it was given.</source>
        <translation>受容期限が承認日より前です。</translation>
    </message>
    <message>
        <source>Only a risk treated by acceptance, or with a residual risk, can be accepted.</source>
        <translation>受容済みにできるのは、対応が「受容」のリスクか残留リスクを評価したリスクだけです。</translation>
    </message>
    <message>
        <source>Action %1 has no description.</source>
        <translation>対応策 %1 に内容がありません。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>リスクID</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>既存の管理策</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Threat level</source>
        <translation>脅威レベル</translation>
    </message>
    <message>
        <source>Vulnerability level</source>
        <translation>脆弱性レベル</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>Risk treatment</source>
        <translation>リスク対応</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>対応計画</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>対応策</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Residual threat level</source>
        <translation>対策後の脅威レベル</translation>
    </message>
    <message>
        <source>Residual vulnerability level</source>
        <translation>対策後の脆弱性レベル</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>対策後の発生可能性</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>対策後の影響度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>リスク所有者</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>承認日</translation>
    </message>
    <message>
        <source>Acceptance expires</source>
        <translation>受容期限</translation>
    </message>
    <message>
        <source>Reason for acceptance</source>
        <translation>受容理由</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回見直し日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>RiskTableIo</name>
    <message>
        <source>The option --%1 does not apply to the table "%2".</source>
        <translation>オプション --%1 はテーブル「%2」には使えません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Risk %1, column %2: %3</source>
        <translation>リスク %1、列 %2: %3</translation>
    </message>
    <message>
        <source>The risk table reads its columns by name; it takes no mapping.</source>
        <translation>リスクのテーブルは列名で読み取るため、列の対応付けは指定できません。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>ファイルが空です(見出し行がありません)。</translation>
    </message>
    <message>
        <source>Column "%1" is not a risk column; it is ignored.</source>
        <translation>列「%1」はリスクの列ではないため無視します。</translation>
    </message>
    <message>
        <source>Column "%1" repeats another column; it is ignored.</source>
        <translation>列「%1」は他の列と重複しているため無視します。</translation>
    </message>
    <message>
        <source>No column for "%1" (e.g. "%2").</source>
        <translation>「%1」の列がありません(例:「%2」)。</translation>
    </message>
    <message>
        <source>%1 appears more than once in the file.</source>
        <translation>%1 がファイル内に複数回あります。</translation>
    </message>
    <message>
        <source>No asset has the code %1.</source>
        <translation>資産コード %1 の資産はありません。</translation>
    </message>
    <message>
        <source>"%1" is not a threat of the register's catalog.</source>
        <translation>「%1」は台帳の脅威カタログにありません。</translation>
    </message>
    <message>
        <source>"%1" is not a level (a whole number).</source>
        <translation>「%1」はレベル(整数)ではありません。</translation>
    </message>
    <message>
        <source>"%1" is not a risk treatment (reduce 低減, accept 受容, avoid 回避, transfer 移転).</source>
        <translation>「%1」はリスク対応(低減、受容、回避、移転)ではありません。</translation>
    </message>
    <message>
        <source>"%1" is not a status (open, in-progress, treated, accepted, closed).</source>
        <translation>「%1」は状態(未対応、対応中、対応済み、受容済み、終了)ではありません。</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD).</source>
        <translation>「%1」は日付(YYYY-MM-DD)ではありません。</translation>
    </message>
    <message>
        <source>%1 is not a control of %2.</source>
        <translation>%1 は %2 の管理策ではありません。</translation>
    </message>
    <message>
        <source>%1 is already in the register (use --on-duplicate update to replace it, or skip).</source>
        <translation>%1 はすでに台帳にあります(置き換えるには --on-duplicate update、飛ばすには skip を指定)。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>取り込みを中止しました。</translation>
    </message>
    <message>
        <source>Risk import from %1</source>
        <translation>%1 からのリスク取り込み</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>リスク台帳</translation>
    </message>
</context>
<context>
    <name>RiskTerms</name>
    <message>
        <source>Reduce</source>
        <translation>低減</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受容</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移転</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>対応済み</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受容済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Above the acceptance level, no treatment chosen</source>
        <translation>受容レベルを超えているのに対応が未決定</translation>
    </message>
    <message>
        <source>Acceptance not approved</source>
        <translation>受容が未承認</translation>
    </message>
    <message>
        <source>Acceptance expired</source>
        <translation>受容期限切れ</translation>
    </message>
    <message>
        <source>Action overdue</source>
        <translation>対応策の期限超過</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>見直し期限超過</translation>
    </message>
</context>
<context>
    <name>SoaColumns</name>
    <message>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>管理策名</translation>
    </message>
</context>
<context>
    <name>SoaCommands</name>
    <message>
        <source>Edit SoA %1</source>
        <translation>適用宣言書 %1 の編集</translation>
    </message>
    <message>
        <source>Apply %1 to %2</source>
        <translation>%1 を %2 に適用</translation>
    </message>
    <message>
        <source>No longer apply %1 to %2</source>
        <translation>%1 の %2 への適用をやめる</translation>
    </message>
    <message>
        <source>Transition 2013 → 2022 (controls: %1)</source>
        <translation>2013年版 → 2022年版への移行(管理策 %1 件)</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>取り消し: %1</translation>
    </message>
</context>
<context>
    <name>SoaCompleteness</name>
    <message>
        <source>Not decided whether applicable</source>
        <translation>適用可否が未決定</translation>
    </message>
    <message>
        <source>Excluded without a justification</source>
        <translation>除外の正当化理由がない</translation>
    </message>
    <message>
        <source>Included without a reason</source>
        <translation>採用理由がない</translation>
    </message>
    <message>
        <source>Included without an implementation status</source>
        <translation>実施状況が未記入</translation>
    </message>
    <message>
        <source>Not implemented and no target date</source>
        <translation>未実施で目標期日がない</translation>
    </message>
    <message>
        <source>Risk treatment named, but no risk linked</source>
        <translation>リスク対応が理由だが、リスクが紐付いていない</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SoaReport</name>
    <message>
        <source>Statement of Applicability</source>
        <translation>適用宣言書</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Every control of %1, with the decision on it</source>
        <translation>%1 の全管理策と適用の判断</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>管理策カタログ</translation>
    </message>
    <message>
        <source>%1 (catalog version %2)</source>
        <translation>%1(カタログ版 %2)</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>管理策数</translation>
    </message>
    <message>
        <source>%1: %2 applicable, %3 not applicable, %4 not decided</source>
        <translation>%1(適用 %2、適用除外 %3、未決定 %4)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <source>Past target date</source>
        <translation>目標期日超過</translation>
    </message>
    <message>
        <source>Open points</source>
        <translation>未完了の項目</translation>
    </message>
    <message>
        <source>none: the statement is complete</source>
        <translation>なし(適用宣言書は完成しています)</translation>
    </message>
    <message>
        <source>%1 (listed after the table)</source>
        <translation>%1 件(表の後に記載)</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation>(続き)</translation>
    </message>
    <message>
        <source>The catalog has no controls.</source>
        <translation>このカタログには管理策がありません。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reasons for inclusion / justification for exclusion</source>
        <translation>採用理由/除外の正当化理由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>関連資産</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>関連リスク</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>最終レビュー日</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1(新規)</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <source>target %1, overdue</source>
        <translation>目標 %1・期日超過</translation>
    </message>
    <message>
        <source>%1 — %2 controls</source>
        <translation>%1 — %2 件</translation>
    </message>
    <message>
        <source>Open points of the statement</source>
        <translation>適用宣言書の未完了の項目</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>不足している内容</translation>
    </message>
</context>
<context>
    <name>SoaRules</name>
    <message>
        <source>%1 is not a control of %2.</source>
        <translation>%1 は %2 の管理策ではありません。</translation>
    </message>
    <message>
        <source>Reasons for inclusion apply only to a control that is applicable.</source>
        <translation>採用理由は、適用する管理策にだけ記入できます。</translation>
    </message>
    <message>
        <source>An implementation status applies only to a control that is applicable.</source>
        <translation>実施状況は、適用する管理策にだけ記入できます。</translation>
    </message>
    <message>
        <source>A justification for exclusion applies only to a control that is not applicable.</source>
        <translation>除外の正当化理由は、適用しない管理策にだけ記入できます。</translation>
    </message>
    <message>
        <source>A link holds a line break.</source>
        <translation>リンクに改行が含まれています。</translation>
    </message>
    <message>
        <source>The last review (%1) is in the future.</source>
        <translation>最終レビュー日(%1)が未来の日付です。</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reasons for inclusion</source>
        <translation>採用理由</translation>
    </message>
    <message>
        <source>Justification for exclusion</source>
        <translation>除外の正当化理由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目標期日</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>証跡のリンク</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>最終レビュー日</translation>
    </message>
</context>
<context>
    <name>SoaTableIo</name>
    <message>
        <source>The option --%1 does not apply to the table "%2".</source>
        <translation>オプション --%1 はテーブル「%2」には使えません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Control %1, column %2: %3</source>
        <translation>管理策 %1、列 %2: %3</translation>
    </message>
    <message>
        <source>The SoA table reads its columns by name; it takes no mapping.</source>
        <translation>適用宣言書は列名で列を読み取るため、列の対応付けは指定できません。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>ファイルが空です。見出し行がありません。</translation>
    </message>
    <message>
        <source>Column "%1" is not an SoA column; it is ignored.</source>
        <translation>列「%1」は適用宣言書の列ではないため、無視します。</translation>
    </message>
    <message>
        <source>Column "%1" repeats another column; it is ignored.</source>
        <translation>列「%1」は他の列と重複しているため、無視します。</translation>
    </message>
    <message>
        <source>No column for the control (e.g. "control", "管理策").</source>
        <translation>管理策の列がありません(例: 「control」「管理策」)。</translation>
    </message>
    <message>
        <source>The control is empty.</source>
        <translation>管理策が空です。</translation>
    </message>
    <message>
        <source>%1 is not a control of %2.</source>
        <translation>%1 は %2 の管理策ではありません。</translation>
    </message>
    <message>
        <source>%1 appears more than once in the file.</source>
        <translation>%1 がファイル内で複数回現れます。</translation>
    </message>
    <message>
        <source>"%1" is not yes or no.</source>
        <translation>「%1」は yes/no(はい/いいえ)ではありません。</translation>
    </message>
    <message>
        <source>"%1" is not a reason for inclusion (legal, contractual, business, risk-treatment).</source>
        <translation>「%1」は採用理由ではありません(legal, contractual, business, risk-treatment / 法令・規制、契約、業務上の要求、リスク対応)。</translation>
    </message>
    <message>
        <source>"%1" is not a status (implemented, partial, planned, not-implemented).</source>
        <translation>「%1」は実施状況ではありません(implemented, partial, planned, not-implemented / 実施済み、一部実施、計画中、未実施)。</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD).</source>
        <translation>「%1」は日付ではありません(YYYY-MM-DD)。</translation>
    </message>
    <message>
        <source>%1 is already decided differently in the register (use --on-duplicate update to replace it, or skip).</source>
        <translation>%1 は台帳ですでに異なる内容で決定されています(置き換えるには --on-duplicate update、残すには skip を指定してください)。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>取り込みを取り消しました。</translation>
    </message>
    <message>
        <source>SoA import from %1</source>
        <translation>適用宣言書の取り込み(%1)</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>適用宣言書</translation>
    </message>
</context>
<context>
    <name>SoaTerms</name>
    <message>
        <source>Legal or regulatory</source>
        <translation>法令・規制</translation>
    </message>
    <message>
        <source>Contractual</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Business requirement</source>
        <translation>業務上の要求</translation>
    </message>
    <message>
        <source>Risk treatment</source>
        <translation>リスク対応</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>一部実施</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画中</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>適用除外</translation>
    </message>
</context>
<context>
    <name>SoaTransition</name>
    <message>
        <source>Carried over</source>
        <translation>引継ぎ</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>移行元の判断が不一致</translation>
    </message>
    <message>
        <source>New in 2022</source>
        <translation>2022年版の新規</translation>
    </message>
    <message>
        <source>Sources not decided</source>
        <translation>移行元が未決定</translation>
    </message>
    <message>
        <source>New in 2022: decide whether it applies.</source>
        <translation>2022年版の新しい管理策です。適用するかを決めてください。</translation>
    </message>
    <message>
        <source>None of its 2013 sources (%1) is decided.</source>
        <translation>2013年版の移行元(%1)はいずれも未決定です。</translation>
    </message>
    <message>
        <source>%1 was excluded: %2</source>
        <translation>%1 は適用除外でした: %2</translation>
    </message>
    <message>
        <source>Not decided in 2013: %1.</source>
        <translation>2013年版で未決定: %1</translation>
    </message>
    <message>
        <source>Merges %1.</source>
        <translation>%1 を統合します。</translation>
    </message>
</context>
<context>
    <name>StandardViews</name>
    <message>
        <source>Assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Risks of the Selected Asset</source>
        <translation>選択した資産のリスク</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>stats DB</source>
        <translation>stats DB</translation>
    </message>
    <message>
        <source>print counts as JSON: assets by class, subtype and priority; controls and SoA; risks by band, treatment, status and attention; schema version</source>
        <translation>件数を JSON で表示する: 資産区分・種別・優先度ごとの資産数、管理策と適用宣言書、リスクレベル・リスク対応・状態・要対応ごとのリスク数、スキーマのバージョン</translation>
    </message>
</context>
<context>
    <name>TableIoRegistry</name>
    <message>
        <source>The table "%1" has no column mapping.</source>
        <translation>表「%1」には列の対応付けがありません。</translation>
    </message>
</context>
<context>
    <name>ThreatCatalog</name>
    <message>
        <source>Not a threat catalog: %1</source>
        <translation>脅威カタログではありません: %1</translation>
    </message>
    <message>
        <source>Threat catalog format %1 is from a newer Daicho.</source>
        <translation>脅威カタログの形式 %1 は新しいバージョンの Daicho のものです。</translation>
    </message>
    <message>
        <source>The threat catalog has no version.</source>
        <translation>脅威カタログにバージョンがありません。</translation>
    </message>
    <message>
        <source>The threat code %1 appears twice.</source>
        <translation>脅威コード %1 が重複しています。</translation>
    </message>
</context>
<context>
    <name>ThreatTerms</name>
    <message>
        <source>Deliberate</source>
        <translation>意図的</translation>
    </message>
    <message>
        <source>Accidental</source>
        <translation>偶発的</translation>
    </message>
    <message>
        <source>Technical failure</source>
        <translation>技術的障害</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>環境的</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>外部委託・第三者</translation>
    </message>
    <message>
        <source>A threat needs a code.</source>
        <translation>脅威コードを入力してください。</translation>
    </message>
    <message>
        <source>The threat's code is longer than %1 characters.</source>
        <translation>脅威コードが %1 文字を超えています。</translation>
    </message>
    <message>
        <source>A threat needs a name.</source>
        <translation>脅威の名前を入力してください。</translation>
    </message>
    <message>
        <source>The threat's name is longer than %1 characters.</source>
        <translation>脅威の名前が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>Unknown threat category "%1".</source>
        <translation>脅威の分類「%1」はありません。</translation>
    </message>
</context>
<context>
    <name>TreatmentPlanReport</name>
    <message>
        <source>Risk treatment plan</source>
        <translation>リスク対応計画</translation>
    </message>
    <message>
        <source>How the risks that need treatment are treated, by option</source>
        <translation>対応が必要なリスクとその対応(リスク対応の選択肢別)</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Risks in the plan</source>
        <translation>計画の対象リスク</translation>
    </message>
    <message>
        <source>%1 (%2); %3 more are acceptable as they are or closed</source>
        <translation>%1(%2)。ほかに現状で受容可能または終了したリスク %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>対応策</translation>
    </message>
    <message>
        <source>%1 open (%2 past their due date), %3 done</source>
        <translation>未完了 %1(うち期限超過 %2)、完了 %3</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>リスク受容</translation>
    </message>
    <message>
        <source>%1 awaiting the risk owner's approval, %2 expired</source>
        <translation>リスク所有者の承認待ち %1、期限切れ %2</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>リスクレベル</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation>(続き)</translation>
    </message>
    <message>
        <source>No risk needs treatment.</source>
        <translation>対応が必要なリスクはありません。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>リスクレベル</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>対応計画</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Actions (owner, due date, status)</source>
        <translation>対応策(担当、期限、状況)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation>残留リスク</translation>
    </message>
    <message>
        <source>Risk owner and acceptance</source>
        <translation>リスク所有者・受容</translation>
    </message>
    <message>
        <source>• %1 — %2, due %3: %4</source>
        <translation>• %1 — %2、期限 %3: %4</translation>
    </message>
    <message>
        <source>• %1 — %2: done %3</source>
        <translation>• %1 — %2: %3 完了</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1・期限超過</translation>
    </message>
    <message>
        <source>%1 — %2 risks</source>
        <translation>%1 — %2 件</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>担当未定</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Risk owner: (none)</source>
        <translation>リスク所有者: (未設定)</translation>
    </message>
    <message>
        <source>Risk owner: %1</source>
        <translation>リスク所有者: %1</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2</source>
        <translation>%2 に %1 が受容を承認</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 まで有効</translation>
    </message>
    <message>
        <source>Acceptance not yet approved</source>
        <translation>受容は未承認</translation>
    </message>
</context>
<context>
    <name>VulnerabilityCatalog</name>
    <message>
        <source>Not a vulnerability catalog: %1</source>
        <translation>脆弱性カタログではありません: %1</translation>
    </message>
    <message>
        <source>Vulnerability catalog format %1 is from a newer Daicho.</source>
        <translation>脆弱性カタログの形式 %1 は新しいバージョンの Daicho のものです。</translation>
    </message>
    <message>
        <source>The vulnerability catalog has no version.</source>
        <translation>脆弱性カタログにバージョンがありません。</translation>
    </message>
    <message>
        <source>%1: "threats" must be a list of threat codes.</source>
        <translation>%1: 「threats」は脅威の番号の一覧でなければなりません。</translation>
    </message>
    <message>
        <source>The vulnerability code %1 appears twice.</source>
        <translation>脆弱性の番号 %1 が重複しています。</translation>
    </message>
</context>
<context>
    <name>VulnerabilityTerms</name>
    <message>
        <source>Technical</source>
        <translation>技術的</translation>
    </message>
    <message>
        <source>Access control</source>
        <translation>アクセス管理</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>物理的</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>組織的</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人的</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>委託先・供給者</translation>
    </message>
    <message>
        <source>A vulnerability needs a code.</source>
        <translation>脆弱性には番号が必要です。</translation>
    </message>
    <message>
        <source>The vulnerability's code is longer than %1 characters.</source>
        <translation>脆弱性の番号が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>A vulnerability needs a name.</source>
        <translation>脆弱性には名称が必要です。</translation>
    </message>
    <message>
        <source>The vulnerability's name is longer than %1 characters.</source>
        <translation>脆弱性の名称が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>Unknown vulnerability category "%1".</source>
        <translation>不明な脆弱性の分類「%1」です。</translation>
    </message>
    <message>
        <source>"%1" is not a threat code.</source>
        <translation>「%1」は脅威の番号ではありません。</translation>
    </message>
</context>
<context>
    <name>daicho::AssetEditor</name>
    <message>
        <source>Asset %1</source>
        <translation>情報資産 %1</translation>
    </message>
    <message>
        <source>New Asset</source>
        <translation>情報資産の追加</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>依存関係</translation>
    </message>
    <message>
        <source>Change History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add Asset</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>e.g. CUS-DB-001</source>
        <translation>例: CUS-DB-001</translation>
    </message>
    <message>
        <source>e.g. 5 years after the contract ends</source>
        <translation>例: 契約終了後5年</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>予定あり</translation>
    </message>
    <message>
        <source>3: legal protection required or serious harm · 2: significant harm to the business · 1: negligible</source>
        <translation>3: 法的保護が必要、または重大な損害 · 2: 業務に大きな影響 · 1: 影響は軽微</translation>
    </message>
    <message>
        <source>3: legal protection required (personal data, My Number) or serious harm to the company or customers · 2: significant harm to the business · 1: negligible.</source>
        <translation>3: 法的保護が必要(個人情報、マイナンバー)、または会社や顧客に重大な損害 · 2: 業務に大きな影響 · 1: 影響は軽微。</translation>
    </message>
    <message>
        <source>The personal data is customers' (care providers and the people they serve)</source>
        <translation>顧客(介護事業所とその利用者)の個人情報である</translation>
    </message>
    <message>
        <source>Importance:</source>
        <translation>重要度:</translation>
    </message>
    <message>
        <source>The policy's rule: P1 if the asset holds or processes customers' personal data; P2 for any other customer asset; P3 for test and internal assets, raised to the highest priority of any asset that depends on them.</source>
        <translation>基本方針の規則: 顧客の個人情報を保持・処理する資産は P1、その他の顧客用資産は P2、試験環境用・その他社内用の資産は P3(依存する資産の最も高い優先度まで引き上げ)。</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>手動設定</translation>
    </message>
    <message>
        <source>Set the priority by hand</source>
        <translation>優先度を手動で設定する</translation>
    </message>
    <message>
        <source>Why this priority? Kept in the change history.</source>
        <translation>この優先度にする理由(変更履歴に残ります)</translation>
    </message>
    <message>
        <source>This asset depends on:</source>
        <translation>この資産が依存する資産:</translation>
    </message>
    <message>
        <source>Asset code…</source>
        <translation>管理番号…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Assets that depend on this one:</source>
        <translation>この資産に依存する資産:</translation>
    </message>
    <message>
        <source>There is no asset with the code "%1".</source>
        <translation>管理番号「%1」の情報資産はありません。</translation>
    </message>
    <message>
        <source>this asset</source>
        <translation>この資産</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message numerus="yes">
        <source>Cannot save yet: %n problem(s) to fix (%1).</source>
        <translation><numerusform>まだ保存できません: 修正が必要な問題が %n 件あります(%1)。</numerusform></translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>優先度 %1</translation>
    </message>
    <message>
        <source>Edit asset %1</source>
        <translation>情報資産 %1 の編集</translation>
    </message>
    <message>
        <source>New asset %1</source>
        <translation>情報資産 %1 の追加</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>⚠ Review overdue</source>
        <translation>⚠ 見直し期限超過</translation>
    </message>
</context>
<context>
    <name>daicho::AssetFilterBar</name>
    <message>
        <source>Review overdue</source>
        <translation>見直し期限超過</translation>
    </message>
    <message>
        <source>No owning department</source>
        <translation>管理部署なし</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>(several)</source>
        <translation>(複数)</translation>
    </message>
    <message>
        <source>Class: all</source>
        <translation>資産区分: すべて</translation>
    </message>
    <message>
        <source>Subtype: all</source>
        <translation>種別: すべて</translation>
    </message>
    <message>
        <source>Priority: all</source>
        <translation>優先度: すべて</translation>
    </message>
    <message>
        <source>Personal data: all</source>
        <translation>個人情報: すべて</translation>
    </message>
    <message>
        <source>Personal data: held (any kind)</source>
        <translation>個人情報: あり(種類を問わず)</translation>
    </message>
    <message>
        <source>Personal data: none</source>
        <translation>個人情報: なし</translation>
    </message>
</context>
<context>
    <name>daicho::AssetHistoryPanel</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Priority set by hand</source>
        <translation>優先度を手動設定</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Dependency added</source>
        <translation>依存関係を追加</translation>
    </message>
    <message>
        <source>Dependency removed</source>
        <translation>依存関係を削除</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first. Every entry is part of the register's hash-chained history.</source>
        <translation><numerusform>%n 件(新しい順)。すべての記録は台帳のハッシュチェーンで連結された変更履歴の一部です。</numerusform></translation>
    </message>
</context>
<context>
    <name>daicho::AssetService</name>
    <message>
        <source>The code "%1" is already used by another asset.</source>
        <translation>管理番号「%1」は他の資産で使われています。</translation>
    </message>
    <message>
        <source>Refused: this dependency would make a cycle: %1.</source>
        <translation>この依存関係は循環になるため登録できません: %1。</translation>
    </message>
    <message>
        <source>Asset %1 does not exist.</source>
        <translation>資産 %1 はありません。</translation>
    </message>
    <message>
        <source>Cannot restore %1: its id is in use.</source>
        <translation>%1 を復元できません: ID が使用中です。</translation>
    </message>
    <message>
        <source>Cannot restore %1: an asset it was linked with no longer exists.</source>
        <translation>%1 を復元できません: 依存関係にあった資産がもうありません。</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation>%1 はすでに %2 に依存しています。</translation>
    </message>
    <message>
        <source>%1 does not depend on %2.</source>
        <translation>%1 は %2 に依存していません。</translation>
    </message>
</context>
<context>
    <name>daicho::AssetTableModel</name>
    <message>
        <source>P1 customers' personal data · P2 stable operation of the service · P3 internal information, raised by what depends on it</source>
        <translation>P1 顧客の個人データ · P2 サービスの安定運用 · P3 社内情報(依存する資産に応じて引き上げ)</translation>
    </message>
    <message>
        <source>C</source>
        <comment>confidentiality, abbreviated</comment>
        <translation>機</translation>
    </message>
    <message>
        <source>I</source>
        <comment>integrity, abbreviated</comment>
        <translation>完</translation>
    </message>
    <message>
        <source>A</source>
        <comment>availability, abbreviated</comment>
        <translation>可</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>The review was due on %1.</source>
        <translation>見直し期限は %1 でした。</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>(手動)</translation>
    </message>
    <message>
        <source>(raised)</source>
        <translation>(引上げ)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1(期限超過)</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Special care</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>特定個人情報</translation>
    </message>
</context>
<context>
    <name>daicho::AssetsView</name>
    <message>
        <source>Search code, name, owning department, description…</source>
        <translation>管理番号・名称・管理部署・説明を検索…</translation>
    </message>
    <message>
        <source>Delete %1 and its dependencies? You can undo this.</source>
        <translation>%1 とその依存関係を削除しますか?元に戻すことができます。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n asset(s) and their dependencies? You can undo this.</source>
        <translation><numerusform>情報資産 %n 件とその依存関係を削除しますか?元に戻すことができます。</numerusform></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>削除できません</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation><numerusform>%n 件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) shown</source>
        <translation><numerusform>%n 件中 %1 件を表示</numerusform></translation>
    </message>
    <message>
        <source>Select an asset to see why it has its priority.</source>
        <translation>情報資産を選択すると、その優先度の理由が表示されます。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>表示列</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>列を初期状態に戻す</translation>
    </message>
    <message>
        <source>New Asset…</source>
        <translation>情報資産の追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Copy Codes</source>
        <translation>管理番号をコピー</translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <translation>行をコピー</translation>
    </message>
</context>
<context>
    <name>daicho::CategoryDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>daicho::ControlDetailsPanel</name>
    <message>
        <source>One file path or URL per line</source>
        <translation>1行に1つ、ファイルのパスまたはURL</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>証跡のリンク</translation>
    </message>
    <message>
        <source>Justification for exclusion</source>
        <translation>除外の正当化理由</translation>
    </message>
    <message>
        <source>Save texts</source>
        <translation>文章を保存</translation>
    </message>
    <message>
        <source>Applied to assets</source>
        <translation>適用している資産</translation>
    </message>
    <message>
        <source>Risks it treats (%1)</source>
        <translation>対応するリスク(%1)</translation>
    </message>
    <message>
        <source>Double-click a risk to open it in the Risks view. A risk names the controls of its treatment in the risk editor.</source>
        <translation>リスクをダブルクリックするとリスク画面で開きます。リスクが対応に用いる管理策はリスク編集画面で指定します。</translation>
    </message>
    <message>
        <source>%1 (risk value %2)</source>
        <translation>%1(リスク値 %2)</translation>
    </message>
    <message>
        <source>Apply to asset</source>
        <translation>資産に適用</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a control to see its details.&lt;/i&gt;</source>
        <translation>&lt;i&gt;管理策を選ぶと詳細を表示します。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>new in 2022</source>
        <translation>2022年版の新規</translation>
    </message>
    <message>
        <source>No 2013 control maps here.</source>
        <translation>2013年版からの対応元はありません。</translation>
    </message>
    <message>
        <source>From 2013:</source>
        <translation>2013年版の対応元:</translation>
    </message>
    <message>
        <source>In 2022:</source>
        <translation>2022年版の対応先:</translation>
    </message>
    <message>
        <source>To complete: %1</source>
        <translation>未完了: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>daicho::ControlsView</name>
    <message>
        <source>Catalog:</source>
        <translation>カタログ:</translation>
    </message>
    <message>
        <source>Use for the SoA</source>
        <translation>適用宣言書に使う</translation>
    </message>
    <message>
        <source>Make this catalog the one the register's Statement of Applicability is kept against (a register setting, recorded in the change history).</source>
        <translation>このカタログを台帳の適用宣言書の基準にします(台帳の設定として変更履歴に記録されます)。</translation>
    </message>
    <message>
        <source>Search controls, owners, evidence…</source>
        <translation>管理策・責任者・証跡を検索…</translation>
    </message>
    <message>
        <source>Transition 2013 → 2022…</source>
        <translation>2013年版 → 2022年版への移行…</translation>
    </message>
    <message>
        <source>Applicable: all</source>
        <translation>適用: すべて</translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>実施状況: すべて</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>実施状況なし</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>To complete</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>New in 2022</source>
        <translation>2022年版の新規</translation>
    </message>
    <message>
        <source>Theme: all</source>
        <translation>テーマ: すべて</translation>
    </message>
    <message>
        <source>%1 of %2 controls</source>
        <translation>%2 件中 %1 件の管理策</translation>
    </message>
    <message>
        <source>Keep the SoA against %1</source>
        <translation>適用宣言書の基準を %1 にする</translation>
    </message>
</context>
<context>
    <name>daicho::ImportCheckPage</name>
    <message>
        <source>Check every row</source>
        <translation>全行の検査</translation>
    </message>
    <message>
        <source>Every row is checked with the register's rules; nothing is written yet. Fix the file and check again, or go back and change the mapping.</source>
        <translation>台帳の規則で全行を検査します。まだ何も書き込みません。ファイルを直して再検査するか、戻って列の対応付けを変えてください。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>再検査</translation>
    </message>
    <message>
        <source>Save List as CSV…</source>
        <translation>一覧を CSV に保存…</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation>問題の一覧を保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>検査しています…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported: %1 new, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation><numerusform>全 %n 行を取り込めます: 追加 %1、更新 %2、変更なし %3、スキップ %4。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 row(s). Nothing can be imported until the file is fixed; the list can be saved as CSV.</source>
        <translation><numerusform>%1 行中に %n 件の問題があります。ファイルを直すまで取り込めません。一覧は CSV に保存できます。</numerusform></translation>
    </message>
</context>
<context>
    <name>daicho::ImportFilePage</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV ファイルの選択</translation>
    </message>
    <message>
        <source>An asset inventory saved from Excel (CSV, Unicode text) or another tool. IPA ledger columns are recognised. You can also drop the file here.</source>
        <translation>Excel(CSV、Unicode テキスト)やほかのツールで保存した情報資産台帳。IPA の台帳の列を認識します。ファイルをここにドロップすることもできます。</translation>
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation>CSV ファイルのパス</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Import Assets from CSV</source>
        <translation>CSV から情報資産を取り込む</translation>
    </message>
    <message>
        <source>Drop a CSV file on this window to choose it.</source>
        <translation>CSV ファイルをこのウィンドウにドロップして選べます。</translation>
    </message>
</context>
<context>
    <name>daicho::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Each column of the file goes into one field of the asset, or is not imported. Save the mapping to reuse it for the next file of this kind.</source>
        <translation>ファイルの各列を情報資産のどの項目に取り込むか(または取り込まないか)を決めます。対応付けを保存すると、同じ形のファイルで再利用できます。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>最初の値</translation>
    </message>
    <message>
        <source>Imported into</source>
        <translation>取り込み先</translation>
    </message>
    <message>
        <source>(none: the file must say)</source>
        <translation>(なし: ファイルで指定)</translation>
    </message>
    <message>
        <source>The file rates C, I and A on IPA's older 0–2 scale (convert to 1–3)</source>
        <translation>機密性・完全性・可用性が IPA の旧版の 0〜2 段階(1〜3 に変換する)</translation>
    </message>
    <message>
        <source>Refuse the import</source>
        <translation>取り込みを中止する</translation>
    </message>
    <message>
        <source>Update the asset in the register</source>
        <translation>台帳の情報資産を更新する</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>その行を飛ばす</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>対応付けを保存…</translation>
    </message>
    <message>
        <source>Load Mapping…</source>
        <translation>対応付けを読み込む…</translation>
    </message>
    <message>
        <source>Class for rows without one:</source>
        <translation>資産区分のない行の資産区分:</translation>
    </message>
    <message>
        <source>Subtype for rows without one:</source>
        <translation>種別のない行の種別:</translation>
    </message>
    <message>
        <source>A code already in the register:</source>
        <translation>台帳にすでにある管理番号:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(取り込まない)</translation>
    </message>
    <message>
        <source>Choose the column that holds the asset code.</source>
        <translation>管理番号の列を選んでください。</translation>
    </message>
    <message>
        <source>Choose the column that holds the asset name.</source>
        <translation>情報資産名称の列を選んでください。</translation>
    </message>
    <message>
        <source>No column gives the asset class: choose a class for rows without one.</source>
        <translation>資産区分の列がありません。資産区分のない行の資産区分を選んでください。</translation>
    </message>
    <message>
        <source>No column gives the subtype: choose a subtype for rows without one.</source>
        <translation>種別の列がありません。種別のない行の種別を選んでください。</translation>
    </message>
    <message>
        <source>Two columns go into %1.</source>
        <translation>2 つの列が %1 に対応付けられています。</translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation>列の対応付けを保存</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>列の対応付け (*.json)</translation>
    </message>
    <message>
        <source>Load Column Mapping</source>
        <translation>列の対応付けを読み込む</translation>
    </message>
</context>
<context>
    <name>daicho::ImportPreviewPage</name>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>セミコロン (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>カンマ (,)</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>読み込み結果の確認</translation>
    </message>
    <message>
        <source>The first rows as Daicho reads them. If the text looks garbled or the columns run together, choose the encoding or the delimiter.</source>
        <translation>Daicho が読んだ最初の数行です。文字化けしていたり列が分かれていなかったりする場合は、文字コードか区切り文字を選んでください。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>文字コード:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>区切り文字:</translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2%3.</source>
        <translation>%1、区切り文字 %2 で読みました%3。</translation>
    </message>
    <message>
        <source> (as chosen)</source>
        <translation>(指定どおり)</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation>(自動判定)</translation>
    </message>
</context>
<context>
    <name>daicho::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>All rows are written in one step. Cancel puts the register back exactly as it was.</source>
        <translation>全行を一度に書き込みます。中止すると台帳は元のままに戻ります。</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>取り込みを中止</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported; the register is as it was.</source>
        <translation>中止しました。何も取り込んでいません。台帳は元のままです。</translation>
    </message>
    <message>
        <source>The file has changed since it was imported.</source>
        <translation>取り込んだ後でファイルが変わりました。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 の取り込み</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何も取り込んでいません: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged, %5 skipped. The change history records the file and its SHA-256; Edit ▸ Undo takes the whole import back.</source>
        <translation>%1 を取り込みました: 追加 %2、更新 %3、変更なし %4、スキップ %5。変更履歴にファイル名と SHA-256 を記録しました。編集 ▸ 元に戻す で取り込み全体を取り消せます。</translation>
    </message>
</context>
<context>
    <name>daicho::ImportWizard</name>
    <message>
        <source>Import Assets from CSV</source>
        <translation>CSV から情報資産を取り込む</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>daicho::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Daicho</source>
        <translation>Daicho について(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open register</source>
        <translation>台帳を開けません</translation>
    </message>
    <message>
        <source>Daicho registers (*.daicho);;All files (*)</source>
        <translation>Daicho 台帳 (*.daicho);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Daicho</source>
        <translation>Daicho</translation>
    </message>
    <message>
        <source>About Daicho</source>
        <translation>Daicho について</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>元に戻す・やり直しができません</translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation>新しい台帳(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使った台帳(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>コピーを保存(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New Asset…</source>
        <translation>情報資産の追加(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Asset…</source>
        <translation>情報資産の編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Asset</source>
        <translation>情報資産の削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>報告書(&amp;R)</translation>
    </message>
    <message>
        <source>Open Register</source>
        <translation>台帳を開く</translation>
    </message>
    <message>
        <source>Cannot create register</source>
        <translation>台帳を作成できません</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <source>Daicho registers (*.daicho)</source>
        <translation>Daicho 台帳 (*.daicho)</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>コピーを保存できません</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 は既に存在し、置き換えられません。</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>コピーを %1 に保存しました</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source>Unsaved register</source>
        <translation>未保存の台帳</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>台帳が開かれていません。</translation>
    </message>
    <message>
        <source>A copy cannot replace the register it is made from.</source>
        <translation>コピー元の台帳ファイルをコピーで置き換えることはできません。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Daicho %1&lt;/h3&gt;&lt;p&gt;ISMS risk and asset register: information assets, risks, controls and the Statement of Applicability, with their change history, in one file.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Daicho %1&lt;/h3&gt;&lt;p&gt;ISMS のリスク・情報資産台帳: 情報資産・リスク・管理策・適用宣言書とその変更履歴を1つのファイルで管理します。&lt;/p&gt;&lt;p&gt;Apache License 2.0 で提供しています。&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Register: %1&lt;br&gt;Organisation: %2&lt;br&gt;File format version %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;台帳ファイル: %1&lt;br&gt;組織: %2&lt;br&gt;ファイル形式のバージョン: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
</context>
<context>
    <name>daicho::NewRegisterDialog</name>
    <message>
        <source>New Register</source>
        <translation>新しい台帳</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <source>e.g. Tokyo center</source>
        <translation>例: 東京センター</translation>
    </message>
    <message>
        <source>ISMS scope:</source>
        <translation>ISMS 適用範囲:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>register</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>Daicho registers (*.daicho)</source>
        <translation>Daicho 台帳 (*.daicho)</translation>
    </message>
    <message>
        <source>Choose where the register file goes.</source>
        <translation>台帳ファイルの保存先を選んでください。</translation>
    </message>
    <message>
        <source>%1 already exists; a new register never replaces a file.</source>
        <translation>%1 は既に存在します。新しい台帳が既存のファイルを置き換えることはありません。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダ %1 は存在しません。</translation>
    </message>
</context>
<context>
    <name>daicho::OverviewView</name>
    <message>
        <source>Click a number to see those assets in the asset table.</source>
        <translation>数字をクリックすると、該当する情報資産を一覧で表示します。</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>概況</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>P1 assets</source>
        <translation>P1 の資産</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>見直し期限超過</translation>
    </message>
    <message>
        <source>Without an owning department</source>
        <translation>管理部署が未設定</translation>
    </message>
    <message>
        <source>Hold personal data</source>
        <translation>個人情報を含む</translation>
    </message>
    <message>
        <source>By asset class and priority</source>
        <translation>資産区分と優先度別</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>By subtype</source>
        <translation>種別</translation>
    </message>
    <message numerus="yes">
        <source>Overview: %n information asset(s)</source>
        <translation><numerusform>概要: 情報資産 %n 件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Show these %n asset(s)</source>
        <translation><numerusform>この %n 件を表示</numerusform></translation>
    </message>
    <message>
        <source>Reviews overdue (oldest first)</source>
        <translation>見直し期限超過(古い順)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (click the number above to see all)</source>
        <translation><numerusform>…ほか %n 件(上の数字をクリックするとすべて表示)</numerusform></translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
</context>
<context>
    <name>daicho::ReportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Print a report</source>
        <translation>レポートの印刷</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>画面と同じ言語</translation>
    </message>
    <message>
        <source>Only these classes:</source>
        <translation>対象の資産区分:</translation>
    </message>
    <message>
        <source>Only these priorities:</source>
        <translation>対象の優先度:</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>管理策カタログ:</translation>
    </message>
    <message>
        <source>Nothing ticked: every asset. The report shows the register as it is now, with its revision on every page.</source>
        <translation>チェックなし: すべての情報資産。レポートは現時点の台帳を示し、各ページに台帳リビジョンを記載します。</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>レポート:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>プレビュー…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDFとして保存…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を出力しています…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>レポートをPDFとして保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not written.

%1</source>
        <translation>レポートは出力されませんでした。

%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s).</source>
        <translation><numerusform>%1 を出力しました: %n ページ。</numerusform></translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>ページを準備しています…</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>印刷を開始できません。</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>プレビュー: %1</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>PDFを開く</translation>
    </message>
    <message>
        <source>Every risk of the register with its scores and level, highest level first.</source>
        <translation>台帳のすべてのリスクを評価値・リスクレベルとともに、リスクレベルの高い順に示します。</translation>
    </message>
    <message>
        <source>The risks that need treatment or have a treatment chosen, by option, with their actions, residual level and acceptance.</source>
        <translation>対応が必要なリスク、または対応を決めたリスクを、対応の選択肢別に、対応策・残留リスク・受容とともに示します。</translation>
    </message>
    <message>
        <source>Every control of the catalog with the decision on it, its evidence and the assets and risks linked to it.</source>
        <translation>カタログのすべての管理策を、適用の判断・証跡・関連する資産とリスクとともに示します。</translation>
    </message>
</context>
<context>
    <name>daicho::RiskEditor</name>
    <message>
        <source>New risk</source>
        <translation>新しいリスク</translation>
    </message>
    <message>
        <source>Risk %1</source>
        <translation>リスク %1</translation>
    </message>
    <message>
        <source>importance %1</source>
        <translation>重要度 %1</translation>
    </message>
    <message>
        <source>Find assets (code or name)…</source>
        <translation>資産を検索(管理番号または名称)…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Method: %1 (version %2)</source>
        <translation>手法: %1(版 %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherent risk&lt;/b&gt;</source>
        <translation>&lt;b&gt;対策前のリスク&lt;/b&gt;</translation>
    </message>
    <message>
        <source>3 = could happen any time, 2 = a few times a year in some situations, 1 = not normally</source>
        <translation>3 = いつ発生してもおかしくない、2 = 状況によっては年に数回発生、1 = 通常は発生しない</translation>
    </message>
    <message>
        <source>3 = no countermeasures, 2 = partial, 1 = all needed countermeasures</source>
        <translation>3 = 対策なし、2 = 一部対策済み、1 = 必要な対策をすべて実施</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&lt;b&gt;Residual risk&lt;/b&gt; (after the planned treatment)</source>
        <translation>&lt;b&gt;残留リスク&lt;/b&gt;(計画した対応の後)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>(not decided)</source>
        <translation>(未決定)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応策</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>対応策を追加</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>対応策を削除</translation>
    </message>
    <message>
        <source>e.g. 8.7 8.13 (controls of %1)</source>
        <translation>例: 8.7 8.13(%1 の管理策)</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>リスク対応</translation>
    </message>
    <message>
        <source>Acceptance and review</source>
        <translation>受容と見直し</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>likelihood %1 × %2 %3 = &lt;b&gt;%4&lt;/b&gt; (%5)</source>
        <translation>被害発生可能性 %1 × %2 %3 = &lt;b&gt;%4&lt;/b&gt;(%5)</translation>
    </message>
    <message>
        <source>Vulnerabilities of the catalog, those typical for the chosen threat first; choosing one adds its name to the text, which stays free to edit</source>
        <translation>カタログの脆弱性(選んだ脅威に典型的なものが先頭)。選ぶと名称が下の欄に入り、自由に書き換えられます</translation>
    </message>
    <message>
        <source>Choose from the vulnerability catalog…</source>
        <translation>脆弱性カタログから選ぶ…</translation>
    </message>
    <message>
        <source>Typical for: %1</source>
        <translation>典型的な脆弱性: %1</translation>
    </message>
    <message>
        <source>Other vulnerabilities</source>
        <translation>その他の脆弱性</translation>
    </message>
</context>
<context>
    <name>daicho::RiskHeatMap</name>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2 = %3 (%4): %n risk(s)</source>
        <translation><numerusform>%1 × %2 = %3(%4): リスク %n 件</numerusform></translation>
    </message>
</context>
<context>
    <name>daicho::RiskMethodDialog</name>
    <message>
        <source>Risk assessment method</source>
        <translation>リスクアセスメント手法</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>手法</translation>
    </message>
    <message>
        <source>Levels on each axis</source>
        <translation>各軸の段階数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. rare / unlikely / possible / likely / almost certain</source>
        <translation>例: まれ / 低い / 中程度 / 高い / ほぼ確実</translation>
    </message>
    <message>
        <source>Likelihood levels (1 first, separated by /)</source>
        <translation>発生可能性の段階名(1 から順に / で区切る)</translation>
    </message>
    <message>
        <source>Impact levels (1 first, separated by /)</source>
        <translation>影響度の段階名(1 から順に / で区切る)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bands&lt;/b&gt; (risk value = likelihood × impact)</source>
        <translation>&lt;b&gt;リスクレベルの区分&lt;/b&gt;(リスク値 = 発生可能性 × 影響度)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>From</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>To</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>What it asks</source>
        <translation>求める対応</translation>
    </message>
    <message>
        <source>&lt;b&gt;How every risk would be re-scored&lt;/b&gt;</source>
        <translation>&lt;b&gt;各リスクの再評価の結果(プレビュー)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Apply as a new version</source>
        <translation>新しい版として適用</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>level changes</source>
        <translation>レベルが変わる</translation>
    </message>
    <message numerus="yes">
        <source>Risk assessment method — %n risk(s) change level</source>
        <translation><numerusform>リスクアセスメント手法 — %n 件のリスクのレベルが変わります</numerusform></translation>
    </message>
</context>
<context>
    <name>daicho::RiskService</name>
    <message>
        <source>Assets were imported</source>
        <translation>資産が取り込まれました</translation>
    </message>
    <message>
        <source>Assessment method version %1</source>
        <translation>リスク評価手法 バージョン %1</translation>
    </message>
    <message>
        <source>The code %1 is already used by another risk.</source>
        <translation>リスクID %1 は別のリスクで使われています。</translation>
    </message>
    <message>
        <source>Asset %1 does not exist.</source>
        <translation>資産 %1 は存在しません。</translation>
    </message>
    <message>
        <source>Threat %1 does not exist.</source>
        <translation>脅威 %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a control of %2.</source>
        <translation>%1 は %2 の管理策ではありません。</translation>
    </message>
    <message>
        <source>Risk %1 does not exist.</source>
        <translation>リスク %1 は存在しません。</translation>
    </message>
    <message>
        <source>Cannot restore %1: its id is in use.</source>
        <translation>%1 を元に戻せません: ID が使われています。</translation>
    </message>
    <message>
        <source>"%1" is not a threat of the register's catalog.</source>
        <translation>「%1」は台帳の脅威カタログにありません。</translation>
    </message>
    <message>
        <source>The code %1 appears twice.</source>
        <translation>リスクID %1 が重複しています。</translation>
    </message>
    <message>
        <source>Importance of %1 changed from %2 to %3</source>
        <translation>%1 の重要度が %2 から %3 に変わりました</translation>
    </message>
    <message>
        <source>Asset %1 deleted</source>
        <translation>資産 %1 を削除</translation>
    </message>
    <message>
        <source>Asset %1 restored</source>
        <translation>資産 %1 を復元</translation>
    </message>
    <message>
        <source>The threat code %1 is already used.</source>
        <translation>脅威コード %1 はすでに使われています。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is the threat of %n risk(s); change them first.</source>
        <translation><numerusform>%1 は %n 件のリスクの脅威です。先にそれらを変更してください。</numerusform></translation>
    </message>
</context>
<context>
    <name>daicho::RiskTableModel</name>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Risk value</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>リスクレベル</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>残留リスク値</translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation>残留リスクレベル</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>要対応</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation><numerusform>%n 件</numerusform></translation>
    </message>
</context>
<context>
    <name>daicho::RisksView</name>
    <message>
        <source>Search risks (code, risk, asset, threat, owner)…</source>
        <translation>リスクを検索(番号、リスク、資産、脅威、所有者)…</translation>
    </message>
    <message>
        <source>Needs attention only</source>
        <translation>要対応のみ</translation>
    </message>
    <message>
        <source>New risk…</source>
        <translation>新規リスク…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Method…</source>
        <translation>手法…</translation>
    </message>
    <message>
        <source>The assessment method: IPA's or a likelihood × impact matrix, its levels and bands, with a preview of every risk's new level</source>
        <translation>リスクアセスメント手法: IPA の手法または発生可能性 × 影響度のマトリクス、その段階と区分(各リスクの新しいレベルをプレビューしてから適用)</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>対策前のリスク</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>残留リスク</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs attention&lt;/b&gt;</source>
        <translation>&lt;b&gt;要対応&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>すべての資産</translation>
    </message>
    <message>
        <source>Method: %1, version %2</source>
        <translation>手法: %1、版 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n risk(s) shown</source>
        <translation><numerusform>%n 件中 %1 件のリスクを表示</numerusform></translation>
    </message>
    <message>
        <source>Select a risk to see its assets, controls and actions.</source>
        <translation>リスクを選択すると、その資産、管理策、対応策が表示されます。</translation>
    </message>
    <message>
        <source>Delete risks</source>
        <translation>リスクの削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n risk(s)? You can undo this.</source>
        <translation><numerusform>リスク %n 件を削除しますか?元に戻せます。</numerusform></translation>
    </message>
    <message>
        <source>Threats and Vulnerabilities…</source>
        <translation>脅威・脆弱性…</translation>
    </message>
    <message>
        <source>The threat and vulnerability catalogs the risk editor offers</source>
        <translation>リスクの編集画面で選べる脅威と脆弱性のカタログ</translation>
    </message>
</context>
<context>
    <name>daicho::SoaIssuesPanel</name>
    <message>
        <source>Control</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>To complete</source>
        <translation>未完了の内容</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>カバー状況</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>To complete (%1)</source>
        <translation>未完了 (%1)</translation>
    </message>
    <message>
        <source>P1 assets with no applied, implemented control (%1)</source>
        <translation>実施済みの管理策が適用されていない P1 資産 (%1)</translation>
    </message>
    <message>
        <source>Applicable controls not implemented past their target date (%1)</source>
        <translation>目標期日を過ぎても実施されていない適用管理策 (%1)</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation>%1、目標期日 %2</translation>
    </message>
    <message>
        <source>Risks above the acceptance band with no planned control (%1)</source>
        <translation>受容基準を超え、管理策が計画されていないリスク(%1)</translation>
    </message>
    <message>
        <source>%1 (risk value %2)</source>
        <translation>%1(リスク値 %2)</translation>
    </message>
</context>
<context>
    <name>daicho::SoaItemDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: none)</source>
        <translation>YYYY-MM-DD(空欄: なし)</translation>
    </message>
</context>
<context>
    <name>daicho::SoaService</name>
    <message>
        <source>%1 has no decision to remove.</source>
        <translation>%1 には取り消す決定がありません。</translation>
    </message>
    <message>
        <source>Asset %1 does not exist.</source>
        <translation>資産 %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a control of %2.</source>
        <translation>%1 は %2 の管理策ではありません。</translation>
    </message>
    <message>
        <source>%1 is already applied to %2.</source>
        <translation>%1 はすでに %2 に適用されています。</translation>
    </message>
    <message>
        <source>%1 is not applied to %2.</source>
        <translation>%1 は %2 に適用されていません。</translation>
    </message>
    <message>
        <source>The transition writes 2022 decisions only (%1 is of %2).</source>
        <translation>移行で書き込めるのは2022年版の決定だけです(%1 は %2 のものです)。</translation>
    </message>
    <message>
        <source>Transition 2013 → 2022</source>
        <translation>2013年版 → 2022年版への移行</translation>
    </message>
</context>
<context>
    <name>daicho::SoaTreeModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>管理策名</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reasons for inclusion</source>
        <translation>採用理由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目標期日</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>最終レビュー日</translation>
    </message>
    <message>
        <source>Justification for exclusion</source>
        <translation>除外の正当化理由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>%1 — controls: %2 · decided: %3 · applicable: %4 · implemented: %5</source>
        <translation>%1 — 管理策 %2 件 · 決定 %3 · 適用 %4 · 実施済み %5</translation>
    </message>
    <message>
        <source>New in ISO/IEC 27001:2022</source>
        <translation>ISO/IEC 27001:2022 で新設</translation>
    </message>
    <message>
        <source>To complete: %1</source>
        <translation>未完了: %1</translation>
    </message>
</context>
<context>
    <name>daicho::ThreatsDialog</name>
    <message>
        <source>Code</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>名称(日本語)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称(英語)</translation>
    </message>
    <message>
        <source>Description (Japanese)</source>
        <translation>説明(日本語)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>説明(英語)</translation>
    </message>
    <message>
        <source>Add threat</source>
        <translation>脅威を追加</translation>
    </message>
    <message>
        <source>Remove threat</source>
        <translation>脅威を削除</translation>
    </message>
    <message>
        <source>New threat</source>
        <translation>新しい脅威</translation>
    </message>
    <message>
        <source>Threat and vulnerability catalogs</source>
        <translation>脅威・脆弱性カタログ</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
</context>
<context>
    <name>daicho::TransitionDialog</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Transition 2013 → 2022</source>
        <translation>2013年版 → 2022年版への移行</translation>
    </message>
    <message>
        <source>Daicho proposes the Statement of Applicability for ISO/IEC 27001:2022 from the register's 2013 decisions, through the mapping of ISO/IEC 27002:2022 Annex B. Merged controls show all their 2013 sources. Check each proposal, tick what to take over and confirm; controls new in 2022 have no source and are decided in the Controls view. Controls already decided for 2022 are not ticked.</source>
        <translation>台帳にある2013年版の決定から、ISO/IEC 27002:2022 附属書Bの対応表を使って、ISO/IEC 27001:2022 の適用宣言書を提案します。統合された管理策には2013年版の対応元をすべて表示します。提案を確認し、引き継ぐものにチェックを付けて確定してください。2022年版の新しい管理策には対応元がないため、「管理策」画面で決定します。2022年版ですでに決定済みの管理策にはチェックを付けていません。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>All controls</source>
        <translation>すべての管理策</translation>
    </message>
    <message>
        <source>Already decided for 2022</source>
        <translation>2022年版で決定済み</translation>
    </message>
    <message>
        <source>2022 control and its 2013 sources</source>
        <translation>2022年版の管理策と2013年版の対応元</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>提案する決定</translation>
    </message>
    <message>
        <source>Decided now for 2022</source>
        <translation>2022年版の現在の決定</translation>
    </message>
    <message>
        <source>Tick all ready</source>
        <translation>提案をすべてチェック</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>チェックを外す</translation>
    </message>
    <message>
        <source>Take over ticked</source>
        <translation>チェックしたものを引き継ぐ</translation>
    </message>
    <message>
        <source>(decide)</source>
        <translation>(要決定)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>%1 proposals ready · %2 merged · %3 with disagreeing sources · %4 new in 2022</source>
        <translation>提案 %1 件 · 統合 %2 件 · 対応元の判断が不一致 %3 件 · 2022年版の新規 %4 件</translation>
    </message>
    <message>
        <source>Take over ticked (%1)</source>
        <translation>チェックしたものを引き継ぐ (%1)</translation>
    </message>
    <message>
        <source>Decisions taken over: %1. Edit → Undo takes them back.</source>
        <translation>%1 件の決定を引き継ぎました。編集 → 元に戻す で取り消せます。</translation>
    </message>
</context>
<context>
    <name>daicho::VulnerabilitiesPage</name>
    <message>
        <source>Weaknesses a threat can exploit. The risk editor suggests them for a risk's vulnerability, those typical for the risk's threat first. Typical threats: threat codes separated by spaces.</source>
        <translation>脅威につけ込まれる弱点です。リスクの編集画面で脆弱性の候補として、リスクの脅威に典型的なものから順に表示されます。「典型的な脅威」には脅威の番号を空白で区切って入力します。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>名称(日本語)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称(英語)</translation>
    </message>
    <message>
        <source>Typical threats</source>
        <translation>典型的な脅威</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Description (Japanese)</source>
        <translation>説明(日本語)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>説明(英語)</translation>
    </message>
    <message>
        <source>Add vulnerability</source>
        <translation>脆弱性を追加</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>使用停止</translation>
    </message>
    <message>
        <source>A retired vulnerability stays in the catalog and its history but is no longer suggested.</source>
        <translation>使用停止にした脆弱性はカタログと変更履歴に残りますが、候補には表示されなくなります。</translation>
    </message>
    <message>
        <source>Remove vulnerability</source>
        <translation>脆弱性を削除</translation>
    </message>
    <message>
        <source>New vulnerability</source>
        <translation>新しい脆弱性</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>使用停止</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>%1: not in the threat catalog</source>
        <translation>%1: 脅威カタログにありません</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>使用再開</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
</context>
<context>
    <name>daicho::VulnerabilityService</name>
    <message>
        <source>Vulnerability %1 does not exist.</source>
        <translation>脆弱性 %1 は存在しません。</translation>
    </message>
    <message>
        <source>The vulnerability code %1 is already used.</source>
        <translation>脆弱性の番号 %1 は既に使われています。</translation>
    </message>
</context>
</TS>
