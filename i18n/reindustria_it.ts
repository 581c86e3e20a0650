<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AlgorithmBase</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="442"/>
        <source>Canceled: no output was written.</source>
        <translation>Annullato: nessun risultato è stato scritto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/base.py" line="69"/>
        <source>Not enough memory for this input. Try a smaller extent or a coarser resolution.</source>
        <translation>Memoria insufficiente per questi dati. Prova con un'estensione più piccola o una risoluzione più grossolana.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/base.py" line="165"/>
        <source>This algorithm needs the Python packages {names}, which cannot be used here ({reasons}). Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) or macOS: python3 -m pip install {pip}. Then restart QGIS.</source>
        <translation>Questo algoritmo richiede i pacchetti Python {names}, che qui non sono utilizzabili ({reasons}). Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) o macOS: python3 -m pip install {pip}. Poi riavvia QGIS.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/base.py" line="23"/>
        <source>Land-use change</source>
        <translation>Cambiamenti d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/base.py" line="24"/>
        <source>District comparison</source>
        <translation>Confronto tra distretti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/base.py" line="198"/>
        <source>The HTML report needs the Python packages {names}, which cannot be used here ({reasons}). Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) or macOS: python3 -m pip install {pip}. Or skip the &apos;{output}&apos; output: the tables are made without them.</source>
        <translation>Il rapporto HTML richiede i pacchetti Python {names}, che qui non sono utilizzabili ({reasons}). Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) o macOS: python3 -m pip install {pip}. Oppure rinuncia al risultato '{output}': le tabelle si ottengono anche senza quei pacchetti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/base.py" line="25"/>
        <source>Live-work mix</source>
        <translation>Mix abitare-lavorare</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/base.py" line="26"/>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
</context>
<context>
    <name>AlignRasterAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/align_raster.py" line="27"/>
        <source>Align a land-use raster onto another&apos;s grid</source>
        <translation>Allinea un raster d'uso del suolo sulla griglia di un altro</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/align_raster.py" line="30"/>
        <source>The raster on the grid of another (CRS, cell corners and size), each cell taking the code under its centre: codes stay codes.</source>
        <translation>Il raster sulla griglia di un altro (SR, angoli e dimensione delle celle), ogni cella con il codice sotto il suo centro: i codici restano codici.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/align_raster.py" line="36"/>
        <source>Raster to align</source>
        <translation>Raster da allineare</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/align_raster.py" line="36"/>
        <source>A categorical raster (land-use codes), e.g. the second date of a comparison.</source>
        <translation>Un raster categorico (codici d'uso del suolo), per esempio la seconda data di un confronto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/align_raster.py" line="36"/>
        <source>Raster whose grid to use</source>
        <translation>Raster di cui usare la griglia</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/align_raster.py" line="36"/>
        <source>Its CRS, cell size, cell corners and extent are the output&apos;s, e.g. the first date.</source>
        <translation>Il suo SR, la dimensione e gli angoli delle celle e l'estensione sono quelli del risultato, per esempio la prima data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/align_raster.py" line="36"/>
        <source>Aligned raster</source>
        <translation>Raster allineato</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/align_raster.py" line="36"/>
        <source>GeoTIFF on the reference grid; cells the input does not cover, or covers with nodata, are nodata.</source>
        <translation>GeoTIFF sulla griglia di riferimento; le celle che l'ingresso non copre, o copre con nodata, sono nodata.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/align_raster.py" line="57"/>
        <source>1 if the input already lay on the reference grid, else 0</source>
        <translation>1 se l'ingresso stava già sulla griglia di riferimento, altrimenti 0</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/align_raster.py" line="67"/>
        <source>input</source>
        <translation>d'ingresso</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/align_raster.py" line="68"/>
        <source>reference</source>
        <translation>di riferimento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/align_raster.py" line="81"/>
        <source>The input already lay on the reference grid: the output is a copy.</source>
        <translation>L'ingresso stava già sulla griglia di riferimento: il risultato è una copia.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/align_raster.py" line="83"/>
        <source>Written on the reference grid: {width} × {height} cells of {x:g} × {y:g} map units, each taking the input's code under its centre.</source>
        <translation>Scritto sulla griglia di riferimento: {width} × {height} celle di {x:g} × {y:g} unità della mappa, ognuna con il codice dell'ingresso sotto il suo centro.</translation>
    </message>
</context>
<context>
    <name>CaseContent</name>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="144"/>
        <source>The case folder {folder} does not exist.</source>
        <translation>La cartella dei casi {folder} non esiste.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="158"/>
        <source>{file}: the id &apos;{id}&apos; is already used by {other}; this case is left out.</source>
        <translation>{file}: l'id '{id}' è già usato da {other}; questo caso viene escluso.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="182"/>
        <source>{file}: cannot be read ({error}).</source>
        <translation>{file}: non si può leggere ({error}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="190"/>
        <source>{file}: not valid JSON (line {line}, column {column}: {error}).</source>
        <translation>{file}: JSON non valido (riga {line}, colonna {column}: {error}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="215"/>
        <source>{file}: a case must be a JSON object; this file is left out.</source>
        <translation>{file}: un caso deve essere un oggetto JSON; questo file viene escluso.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="221"/>
        <source>{file}: the field(s) {fields} are missing; this case is left out.</source>
        <translation>{file}: mancano i campi {fields}; questo caso viene escluso.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="230"/>
        <source>{file}: schema {schema} is not known (this version reads schema {known}); the case is read as schema {known}.</source>
        <translation>{file}: lo schema {schema} non è conosciuto (questa versione legge lo schema {known}); il caso viene letto come schema {known}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="240"/>
        <source>{file}: the id {id!r} must be lowercase letters, digits, &apos;-&apos; or &apos;_&apos;; this case is left out.</source>
        <translation>{file}: l'id {id!r} deve contenere solo lettere minuscole, cifre, '-' o '_'; questo caso viene escluso.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="254"/>
        <source>{file}: &apos;{field}&apos; must map languages to texts, e.g. {{&quot;en&quot;: &quot;...&quot;, &quot;it&quot;: &quot;...&quot;}}.</source>
        <translation>{file}: '{field}' deve associare le lingue ai testi, ad es. {{&quot;en&quot;: &quot;...&quot;, &quot;it&quot;: &quot;...&quot;}}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="265"/>
        <source>{file}: &apos;{field}&apos; has a text in an unknown language &apos;{language}&apos; (known: {known}); it is ignored.</source>
        <translation>{file}: '{field}' ha un testo in una lingua sconosciuta '{language}' (lingue note: {known}); viene ignorato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="275"/>
        <source>{file}: &apos;{field}&apos; has an empty {language} text.</source>
        <translation>{file}: '{field}' ha un testo vuoto nella lingua {language}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="284"/>
        <source>{file}: &apos;{field}&apos; has no text in {known}.</source>
        <translation>{file}: '{field}' non ha testi nelle lingue {known}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="293"/>
        <source>{file}: &apos;{field}&apos; has no {language} text; another language is shown.</source>
        <translation>{file}: '{field}' non ha un testo nella lingua {language}; viene mostrata un'altra lingua.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="308"/>
        <source>{file}: a case needs a title and a phenomenon; this case is left out.</source>
        <translation>{file}: un caso richiede un titolo e un fenomeno; questo caso viene escluso.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="319"/>
        <source>{file}: &apos;{field}&apos; must be a list; it is left empty.</source>
        <translation>{file}: '{field}' deve essere un elenco; resta vuoto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="328"/>
        <source>{file}: {field} must be an object with &apos;text&apos; and &apos;source&apos;; it is not shown.</source>
        <translation>{file}: {field} deve essere un oggetto con 'text' e 'source'; non viene mostrato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="339"/>
        <source>{file}: {field} has no source; a fact is shown only with its source.</source>
        <translation>{file}: {field} non ha una fonte; un fatto viene mostrato solo con la sua fonte.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="348"/>
        <source>{file}: {field} has a url that is not http(s); the link is left out.</source>
        <translation>{file}: {field} ha un url che non è http(s); il collegamento viene omesso.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="375"/>
        <source>{file}: {field} needs an &apos;id&apos; such as &apos;reindustria:landusechange&apos; and &apos;parameters&apos; as an object; it is left out.</source>
        <translation>{file}: {field} richiede un 'id' come 'reindustria:landusechange' e 'parameters' come oggetto; viene escluso.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="407"/>
        <source>{file}: &apos;boundaries&apos; must be an object or null; the case has no boundaries.</source>
        <translation>{file}: 'boundaries' deve essere un oggetto o null; il caso non ha confini.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="420"/>
        <source>{file}: the boundaries name no layer; the case has no boundaries.</source>
        <translation>{file}: i confini non indicano alcun layer; il caso non ha confini.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="433"/>
        <source>{file}: &apos;boundaries&apos; has no &apos;path&apos;; the case has no boundaries.</source>
        <translation>{file}: 'boundaries' non ha 'path'; il caso non ha confini.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="442"/>
        <source>{file}: the boundary path &apos;{path}&apos; must be relative to the case folder (e.g. &apos;boundaries/prato.geojson&apos;); the case has no boundaries.</source>
        <translation>{file}: il percorso dei confini '{path}' deve essere relativo alla cartella del caso (ad es. 'boundaries/prato.geojson'); il caso non ha confini.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="451"/>
        <source>{file}: the boundary file &apos;{path}&apos; does not exist; the case has no boundaries.</source>
        <translation>{file}: il file dei confini '{path}' non esiste; il caso non ha confini.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="472"/>
        <source>{file}: the boundaries have no &apos;attribution&apos;; say where the data come from and its licence.</source>
        <translation>{file}: i confini non hanno 'attribution'; indica da dove vengono i dati e la loro licenza.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="504"/>
        <source>{file}: &apos;extent&apos; needs numbers xmin, ymin, xmax, ymax (and a &apos;crs&apos;, by default EPSG:4326); zooming uses the boundaries instead.</source>
        <translation>{file}: 'extent' richiede i numeri xmin, ymin, xmax, ymax (e un 'crs', per default EPSG:4326); lo zoom usa invece i confini.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="570"/>
        <source>The cases saved in this project cannot be read ({error}).</source>
        <translation>I casi salvati in questo progetto non si possono leggere ({error}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="577"/>
        <source>The cases saved in this project cannot be read (not a list).</source>
        <translation>I casi salvati in questo progetto non si possono leggere (non sono un elenco).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="462"/>
        <source>{file}: the label field &apos;{field}&apos; is not in the boundaries (fields: {fields}); they are loaded without labels.</source>
        <translation>{file}: il campo delle etichette '{field}' non è nei confini (campi: {fields}); vengono caricati senza etichette.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/case_content.py" line="516"/>
        <source>{file}: &apos;extent&apos; {xmin}, {ymin}, {xmax}, {ymax} is empty or outside valid longitude/latitude; zooming uses the boundaries instead.</source>
        <translation>{file}: 'extent' {xmin}, {ymin}, {xmax}, {ymax} è vuota o fuori dai limiti validi di longitudine/latitudine; lo zoom usa invece i confini.</translation>
    </message>
</context>
<context>
    <name>CasesDock</name>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="84"/>
        <source>The action failed: {error}</source>
        <translation>L'azione non è riuscita: {error}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="100"/>
        <source>ReIndustria – Cases</source>
        <translation>ReIndustria – Casi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="167"/>
        <source>&amp;Case:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="175"/>
        <source>Language of the case texts</source>
        <translation>Lingua dei testi del caso</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="203"/>
        <source>&amp;Analyse</source>
        <translation>&amp;Analizza</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="208"/>
        <source>Get &amp;data</source>
        <translation>Scarica i &amp;dati</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="213"/>
        <source>&amp;New case</source>
        <translation>&amp;Nuovo caso</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="220"/>
        <source>New case from the active layer…</source>
        <translation>Nuovo caso dal layer attivo…</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="224"/>
        <source>New case from the map extent…</source>
        <translation>Nuovo caso dall'estensione della mappa…</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="229"/>
        <source>Remove this case from the project</source>
        <translation>Rimuovi questo caso dal progetto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="257"/>
        <source>Case description</source>
        <translation>Descrizione del caso</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="338"/>
        <source>No case texts in the language &apos;{language}&apos;.</source>
        <translation>Nessun testo del caso nella lingua '{language}'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="426"/>
        <source>ReIndustria</source>
        <translation>ReIndustria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="485"/>
        <source>The boundaries of &apos;{case}&apos; cannot be loaded from {source}.</source>
        <translation>I confini di '{case}' non si possono caricare da {source}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="522"/>
        <source>Boundaries of &apos;{case}&apos;: {attribution}</source>
        <translation>Confini di '{case}': {attribution}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="546"/>
        <source>Open a tool with this case&apos;s layers filled in</source>
        <translation>Apri uno strumento con i layer di questo caso già indicati</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="546"/>
        <source>No tools suggested</source>
        <translation>Nessuno strumento suggerito</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="586"/>
        <source>{alg}: parameters left out: {names}</source>
        <translation>{alg}: parametri omessi: {names}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="619"/>
        <source>Opens {name} with this case&apos;s extent.</source>
        <translation>Apre {name} con l'estensione di questo caso.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="628"/>
        <source>Download data for this case&apos;s extent</source>
        <translation>Scarica i dati per l'estensione di questo caso</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="628"/>
        <source>The download tools (CORINE Land Cover, OpenStreetMap) are not available in this version.</source>
        <translation>Gli strumenti di download (CORINE Land Cover, OpenStreetMap) non sono disponibili in questa versione.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="671"/>
        <source>A case needs a title.</source>
        <translation>Un caso richiede un titolo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="773"/>
        <source>New case</source>
        <translation>Nuovo caso</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="779"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="780"/>
        <source>&amp;Phenomenon:</source>
        <translation>&amp;Fenomeno:</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="781"/>
        <source>From the layer &apos;{name}&apos;</source>
        <translation>Dal layer '{name}'</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="781"/>
        <source>From the active layer</source>
        <translation>Dal layer attivo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="787"/>
        <source>From the map extent</source>
        <translation>Dall'estensione della mappa</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="189"/>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="194"/>
        <source>Zoom the map to the case</source>
        <translation>Zoom della mappa sul caso</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="195"/>
        <source>&amp;Boundaries</source>
        <translation>Con&amp;fini</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="200"/>
        <source>Load the case&apos;s boundaries into the project</source>
        <translation>Carica i confini del caso nel progetto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="381"/>
        <source>{file}: algorithms[{n}] ({id}) has no parameter {names}; it is left out when the dialog opens.</source>
        <translation>{file}: algorithms[{n}] ({id}) non ha il parametro {names}; viene omesso quando si apre la finestra di dialogo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="508"/>
        <source>The boundaries of &apos;{case}&apos; have no field &apos;{field}&apos; to label them with (fields: {fields}); they are loaded without labels.</source>
        <translation>I confini di '{case}' non hanno un campo '{field}' con cui etichettarli (campi: {fields}); vengono caricati senza etichette.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="556"/>
        <source>{name} (not available)</source>
        <translation>{name} (non disponibile)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/cases_dock.py" line="561"/>
        <source>The algorithm {id} is not available: this version of ReIndustria does not have it, or its provider is not active in the Processing settings.</source>
        <translation>L'algoritmo {id} non è disponibile: questa versione di ReIndustria non lo contiene, oppure il suo provider non è attivo nelle impostazioni di Processing.</translation>
    </message>
</context>
<context>
    <name>CompareDistrictsAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="101"/>
        <source>Compare districts</source>
        <translation>Confronta i distretti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="104"/>
        <source>Districts side by side: land use, the form of industrial land and, with two dates, its change.</source>
        <translation>I distretti a confronto: uso del suolo, forma del suolo industriale e, con due date, il suo cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="478"/>
        <source>Districts</source>
        <translation>Distretti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="110"/>
        <source>Polygons of the districts to compare (one feature per district; dissolve comuni into districts first). Reprojected to the land use&apos;s CRS when they differ.</source>
        <translation>Poligoni dei distretti da confrontare (un elemento per distretto; prima aggrega i comuni in distretti). Se il sistema di riferimento è diverso, vengono riproiettati in quello dell'uso del suolo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="119"/>
        <source>District name field</source>
        <translation>Campo del nome del distretto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="119"/>
        <source>Field naming each district; names must be unique.</source>
        <translation>Campo che dà il nome a ogni distretto; i nomi devono essere univoci.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="125"/>
        <source>Land-use raster (first date)</source>
        <translation>Raster d'uso del suolo (prima data)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="125"/>
        <source>Categorical land-use raster (any integer type) in a projected CRS with square cells; nodata is outside. Give land use as a raster or as polygons, not both.</source>
        <translation>Raster categorico d'uso del suolo (qualsiasi tipo intero) in un sistema di riferimento proiettato con celle quadrate; le celle nodata sono esterne. Indica l'uso del suolo come raster o come poligoni, non entrambi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="134"/>
        <source>Land-use raster at a second date</source>
        <translation>Raster d'uso del suolo a una seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="134"/>
        <source>Same nomenclature, later date: adds industrial land take, de-industrialisation and persistence. Aligned onto the first raster by nearest neighbour if its grid differs.</source>
        <translation>Stessa nomenclatura, data successiva: aggiunge consumo di suolo industriale, deindustrializzazione e persistenza. Se la griglia è diversa viene allineato sul primo raster con il metodo del vicino più prossimo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="143"/>
        <source>Land-use polygons (first date)</source>
        <translation>Poligoni d'uso del suolo (prima data)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="143"/>
        <source>Land-use polygons (CORINE, Urban Atlas…) in a projected CRS, instead of a raster: areas and change are exact; the industrial land metrics are measured on the polygons rasterized at the cell size below.</source>
        <translation>Poligoni d'uso del suolo (CORINE, Urban Atlas…) in un sistema di riferimento proiettato, al posto di un raster: superfici e cambiamenti sono esatti; le metriche del suolo industriale si misurano sui poligoni rasterizzati alla dimensione della cella indicata sotto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="156"/>
        <source>Land-use code field</source>
        <translation>Campo del codice d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="156"/>
        <source>Field of the polygons holding the land-use code; required with polygons.</source>
        <translation>Campo dei poligoni che contiene il codice d'uso del suolo; obbligatorio con i poligoni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="165"/>
        <source>Land-use polygons at a second date</source>
        <translation>Poligoni d'uso del suolo a una seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="165"/>
        <source>Same nomenclature, later date; overlaid with the first date&apos;s polygons.</source>
        <translation>Stessa nomenclatura, data successiva; sovrapposti ai poligoni della prima data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="174"/>
        <source>Land-use code field at the second date</source>
        <translation>Campo del codice d'uso del suolo alla seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="174"/>
        <source>Field of the second date&apos;s polygons holding the code; required with them.</source>
        <translation>Campo dei poligoni della seconda data che contiene il codice; obbligatorio con questi poligoni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="183"/>
        <source>Cell size for metrics of polygons (map units)</source>
        <translation>Dimensione della cella per le metriche dei poligoni (unità della mappa)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="183"/>
        <source>With polygons: the grid on which patches are counted for the industrial land metrics (10 m suits Urban Atlas; use 100 m for CORINE). Ignored for rasters.</source>
        <translation>Con i poligoni: la griglia su cui si contano le macchie per le metriche del suolo industriale (10 m va bene per Urban Atlas; usa 100 m per CORINE). Ignorata con i raster.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="196"/>
        <source>Year of the first date</source>
        <translation>Anno della prima data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="196"/>
        <source>Names the columns of that date and, with the second year, gives rates per year.</source>
        <translation>Dà il nome alle colonne di quella data e, con il secondo anno, fornisce i tassi annui.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="207"/>
        <source>Year of the second date</source>
        <translation>Anno della seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="501"/>
        <source>Nomenclature</source>
        <translation>Nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="224"/>
        <source>Custom nomenclature (CSV)</source>
        <translation>Nomenclatura personalizzata (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="224"/>
        <source>CSV with columns code, class, label, colour; used with &apos;Custom (CSV)&apos;.</source>
        <translation>CSV con le colonne code, class, label, colour; usato con 'Personalizzata (CSV)'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="233"/>
        <source>Employment by district and sector</source>
        <translation>Occupazione per distretto e settore</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="233"/>
        <source>Optional table or layer, one row per district and sector (or per firm): adds each district&apos;s main sector, its location quotient, Krugman and Herfindahl, as reindustria:specialisation computes them (the reference is all areas of the table).</source>
        <translation>Tabella o layer facoltativo, una riga per distretto e settore (o per impresa): aggiunge il settore principale di ogni distretto, il suo quoziente di localizzazione, Krugman e Herfindahl, come li calcola reindustria:specialisation (il riferimento è l'insieme delle aree della tabella).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="246"/>
        <source>Employment: district name field</source>
        <translation>Occupazione: campo del nome del distretto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="246"/>
        <source>Field holding the district name, as in the districts layer.</source>
        <translation>Campo che contiene il nome del distretto, scritto come nel layer dei distretti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="255"/>
        <source>Employment: sector field</source>
        <translation>Occupazione: campo del settore</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="255"/>
        <source>Field holding the sector (e.g. an ATECO 2007 code).</source>
        <translation>Campo che contiene il settore (ad es. un codice ATECO 2007).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="264"/>
        <source>Employment: employees field</source>
        <translation>Occupazione: campo degli addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="264"/>
        <source>Field holding the number of employees.</source>
        <translation>Campo che contiene il numero di addetti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="274"/>
        <source>Employment: sector level</source>
        <translation>Occupazione: livello dei settori</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="274"/>
        <source>Codes as given, or aggregated to an ATECO 2007 level, as in reindustria:specialisation.</source>
        <translation>Codici così come sono, o aggregati a un livello ATECO 2007, come in reindustria:specialisation.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="285"/>
        <source>Comparison table</source>
        <translation>Tabella di confronto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="285"/>
        <source>One row per district, one column per indicator (units in the column names).</source>
        <translation>Una riga per distretto, una colonna per indicatore (unità nei nomi delle colonne).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="291"/>
        <source>Districts with indicators</source>
        <translation>Distretti con indicatori</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="291"/>
        <source>The district polygons with every indicator, styled by industrial share.</source>
        <translation>I poligoni dei distretti con tutti gli indicatori, colorati per quota di suolo industriale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="331"/>
        <source>Report (HTML)</source>
        <translation>Rapporto (HTML)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="301"/>
        <source>HTML files (*.html)</source>
        <translation>File HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="301"/>
        <source>One self-contained page: the key figures, charts comparing the districts, a map of each, how to read every indicator, and the data used. Needs matplotlib and jinja2.</source>
        <translation>Una pagina autosufficiente: le cifre chiave, grafici che confrontano i distretti, una mappa di ciascuno, come leggere ogni indicatore e i dati usati. Richiede matplotlib e jinja2.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="327"/>
        <source>Choose at least one output: the comparison table, the districts or the report.</source>
        <translation>Scegli almeno un risultato: la tabella di confronto, i distretti o il rapporto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="337"/>
        <source>The folder of the report does not exist: {folder}. Create it or choose another.</source>
        <translation>La cartella del rapporto non esiste: {folder}. Creala o scegline un'altra.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="350"/>
        <source>districts</source>
        <translation>distretti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="352"/>
        <source>Districts reprojected from {src} to the land use&apos;s {dst}.</source>
        <translation>Distretti riproiettati da {src} a {dst}, il sistema di riferimento dell'uso del suolo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="378"/>
        <source>Industrial land metrics of the polygons measured on a grid of {cell} map units (cell centres); areas and change are exact.</source>
        <translation>Metriche del suolo industriale dei poligoni misurate su una griglia di {cell} unità della mappa (centri delle celle); superfici e cambiamenti sono esatti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="397"/>
        <source>Making the report</source>
        <translation>Preparazione del rapporto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="424"/>
        <source>district name</source>
        <translation>del nome del distretto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="424"/>
        <source>sector</source>
        <translation>del settore</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="424"/>
        <source>employees</source>
        <translation>degli addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="431"/>
        <source>With an employment table, choose its {field} field.</source>
        <translation>Con una tabella degli addetti, scegli il campo {field}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="436"/>
        <source>The district, sector and employees fields of the employment table must differ.</source>
        <translation>I campi del distretto, del settore e degli addetti della tabella degli addetti devono essere diversi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="443"/>
        <source>employment table</source>
        <translation>tabella degli addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="473"/>
        <source>District comparison</source>
        <translation>Confronto tra distretti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="480"/>
        <source>Land use (first date)</source>
        <translation>Uso del suolo (prima data)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="482"/>
        <source>Land use (second date)</source>
        <translation>Uso del suolo (seconda data)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="484"/>
        <source>Land use (polygons)</source>
        <translation>Uso del suolo (poligoni)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="490"/>
        <source>Cell size for metrics of polygons</source>
        <translation>Dimensione della cella per le metriche dei poligoni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="497"/>
        <source>Years</source>
        <translation>Anni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="502"/>
        <source>Change typology</source>
        <translation>Tipologia dei cambiamenti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="503"/>
        <source>CRS</source>
        <translation>Sistema di riferimento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="511"/>
        <source>Give the land use either as a raster or as polygons (one of the two).</source>
        <translation>Indica l'uso del suolo o come raster o come poligoni (uno dei due).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="517"/>
        <source>The first date is a raster: give the second date as a raster too.</source>
        <translation>La prima data è un raster: indica anche la seconda data come raster.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="520"/>
        <source>land use</source>
        <translation>d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="521"/>
        <source>land use at the second date</source>
        <translation>d'uso del suolo alla seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="526"/>
        <source>The first date is polygons: give the second date as polygons too.</source>
        <translation>La prima data è in poligoni: indica anche la seconda data come poligoni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="540"/>
        <source>land-use polygons</source>
        <translation>poligoni d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="540"/>
        <source>land-use polygons at the second date</source>
        <translation>poligoni d'uso del suolo alla seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="571"/>
        <source>Give both years (first and second date), or neither.</source>
        <translation>Indica entrambi gli anni (prima e seconda data) o nessuno.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="207"/>
        <source>With land use at a second date (raster or polygons).</source>
        <translation>Con l'uso del suolo a una seconda data (raster o poligoni).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="218"/>
        <source>How the land-use codes map to production classes, as in the land-use change tools.</source>
        <translation>Come i codici di uso del suolo corrispondono alle classi produttive, come negli strumenti di cambiamento d'uso del suolo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="372"/>
        <source>CORINE polygons measured on {cell} m cells: their metrics (ai, cohesion, patch sizes) differ from CORINE rasters&apos; 100 m cells; set the cell size to 100 to compare with them.</source>
        <translation>Poligoni CORINE misurati su celle di {cell} m: le loro metriche (ai, coesione, dimensioni delle macchie) differiscono da quelle dei raster CORINE a celle di 100 m; imposta la dimensione della cella a 100 per confrontarle.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="549"/>
        <source>Choose the &apos;{parameter}&apos; ({key}) of the {name}, e.g. one of: {fields}.</source>
        <translation>Scegli '{parameter}' ({key}) per {name}, ad esempio uno di: {fields}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="574"/>
        <source>A second year is given without land use at a second date: it is not used.</source>
        <translation>È indicato un secondo anno senza uso del suolo a una seconda data: non viene usato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="531"/>
        <source>The land-use polygons are in geographic coordinates ({crs}): areas and patches need a projected CRS in metres. Reproject them first (Vector &gt; Data Management Tools &gt; Reproject Layer, e.g. to EPSG:3035).</source>
        <translation>I poligoni di uso del suolo sono in coordinate geografiche ({crs}): aree e macchie richiedono un SR proiettato in metri. Prima riproiettali (Vettore &gt; Strumenti di gestione dati &gt; Riproietta layer, ad esempio in EPSG:3035).</translation>
    </message>
</context>
<context>
    <name>DownloadCorineAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="88"/>
        <source>Download CORINE Land Cover</source>
        <translation>Scarica CORINE Land Cover</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="91"/>
        <source>CORINE Land Cover of an area for 1990, 2000, 2006, 2012 or 2018 from the EEA&apos;s map services: polygons with CLC codes and optionally a 100 m raster.</source>
        <translation>Il CORINE Land Cover di un'area per il 1990, 2000, 2006, 2012 o 2018 dai servizi cartografici dell'EEA: poligoni con i codici CLC e, a richiesta, un raster a 100 m.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="98"/>
        <source>Extent</source>
        <translation>Estensione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="98"/>
        <source>The rectangle to download, in any CRS. Give this or a polygon layer (Area).</source>
        <translation>Il rettangolo da scaricare, in qualsiasi sistema di riferimento. Indica questo o un layer di poligoni (Area).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="102"/>
        <source>Area (polygons)</source>
        <translation>Area (poligoni)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="102"/>
        <source>Polygons in any CRS (a municipality, a district); honours &apos;selected features only&apos;. The CORINE polygons are clipped to them.</source>
        <translation>Poligoni in qualsiasi sistema di riferimento (un comune, un distretto); rispetta 'solo elementi selezionati'. I poligoni CORINE vengono ritagliati su di essi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="114"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="114"/>
        <source>The CORINE Land Cover inventory: 1990, 2000, 2006, 2012 or 2018.</source>
        <translation>L'inventario CORINE Land Cover: 1990, 2000, 2006, 2012 o 2018.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="123"/>
        <source>Layer URL (ArcGIS REST)</source>
        <translation>URL del layer (ArcGIS REST)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="123"/>
        <source>URL of the ArcGIS REST vector layer of that year, e.g. https://image.discomap.eea.europa.eu/arcgis/rest/services/Corine/CLC2018_WM/MapServer/0. Empty: the layer in the plugin&apos;s settings (default: the EEA&apos;s service of the year).</source>
        <translation>URL del layer vettoriale ArcGIS REST di quell'anno, ad es. https://image.discomap.eea.europa.eu/arcgis/rest/services/Corine/CLC2018_WM/MapServer/0. Vuoto: il layer indicato nelle impostazioni del plugin (predefinito: il servizio dell'EEA per quell'anno).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="133"/>
        <source>Timeout (seconds)</source>
        <translation>Timeout (secondi)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="147"/>
        <source>Largest number of polygons</source>
        <translation>Numero massimo di poligoni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="147"/>
        <source>The service is first asked how many polygons touch the area: above this number nothing is downloaded. A province holds a few hundred to a few thousand; split larger areas.</source>
        <translation>Prima si chiede al servizio quanti poligoni toccano l'area: oltre questo numero non si scarica nulla. Una provincia ne contiene da qualche centinaio a qualche migliaio; dividi le aree più grandi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="160"/>
        <source>Largest download (MB)</source>
        <translation>Download massimo (MB)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="160"/>
        <source>Stop when the answers of the service add up to more than this.</source>
        <translation>Interrompi quando le risposte del servizio superano in tutto questa dimensione.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="170"/>
        <source>CORINE Land Cover polygons</source>
        <translation>Poligoni CORINE Land Cover</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="170"/>
        <source>Polygons clipped to the area in EPSG:3035 with code (CLC code 111-523) and label, styled with the CORINE colours; for &apos;Land-use change (polygons)&apos; with the nomenclature &apos;CORINE Land Cover (codes 111-523)&apos;.</source>
        <translation>Poligoni ritagliati sull'area in EPSG:3035 con code (codice CLC 111-523) e label, con i colori CORINE; per 'Cambiamenti d'uso del suolo (poligoni)' con la nomenclatura 'CORINE Land Cover (codici 111-523)'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="184"/>
        <source>CORINE Land Cover raster (100 m)</source>
        <translation>Raster CORINE Land Cover (100 m)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="184"/>
        <source>GeoTIFF of CLC grid codes (1-44, 255 outside the area) on the EEA&apos;s 100 m grid in EPSG:3035, a cell taking the class at its centre; for &apos;Land-use change (rasters)&apos; with the nomenclature &apos;CORINE Land Cover (grid codes 1-44)&apos;. Off by default.</source>
        <translation>GeoTIFF dei codici griglia CLC (1-44, 255 fuori dall'area) sulla griglia a 100 m dell'EEA in EPSG:3035, in cui ogni cella prende la classe del suo centro; per 'Cambiamenti d'uso del suolo (raster)' con la nomenclatura 'CORINE Land Cover (codici griglia 1-44)'. Disattivato per default.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="199"/>
        <source>Number of polygons</source>
        <translation>Numero di poligoni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="200"/>
        <source>Layer URL used</source>
        <translation>URL del layer usato</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="213"/>
        <source>Choose at least one output: the polygons, the raster or both.</source>
        <translation>Scegli almeno un risultato: i poligoni, il raster o entrambi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="347"/>
        <source>Data: {attribution}</source>
        <translation>Dati: {attribution}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="229"/>
        <source>Area: {what}.</source>
        <translation>Area: {what}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="230"/>
        <source>CORINE Land Cover {year} from {url}</source>
        <translation>CORINE Land Cover {year} da {url}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="233"/>
        <source>Asking {host} for CORINE Land Cover {year}</source>
        <translation>Richiesta a {host} del CORINE Land Cover {year}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="247"/>
        <source>Layer &apos;{name}&apos;, code field {field}: {count} polygons touch the area; downloaded in {pages} page(s), {size}.</source>
        <translation>Layer '{name}', campo del codice {field}: {count} poligoni toccano l'area; scaricati in {pages} pagina/e, {size}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="260"/>
        <source>The service sent {count} polygons twice while paging; each was kept once.</source>
        <translation>Durante la paginazione il servizio ha inviato {count} poligoni due volte; ognuno è stato tenuto una volta sola.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="266"/>
        <source>The service sent {count} polygons without a geometry; they were left out.</source>
        <translation>Il servizio ha inviato {count} poligoni senza geometria; sono stati esclusi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="272"/>
        <source>The service announced {count} polygons and sent {sent}: the layer may have changed while paging. Run again if the result looks incomplete.</source>
        <translation>Il servizio ha annunciato {count} poligoni e ne ha inviati {sent}: il layer potrebbe essere cambiato durante la paginazione. Esegui di nuovo se il risultato sembra incompleto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="278"/>
        <source>Clipping the polygons to the area</source>
        <translation>Ritaglio dei poligoni sull'area</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="296"/>
        <source>CORINE Land Cover {year}</source>
        <translation>CORINE Land Cover {year}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="297"/>
        <source>CORINE Land Cover {year} of {what}, clipped; from {url}, downloaded on {date}.</source>
        <translation>CORINE Land Cover {year} di {what}, ritagliato; da {url}, scaricato il {date}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="307"/>
        <source>Writing the outputs</source>
        <translation>Scrittura dei risultati</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="348"/>
        <source>Done in {seconds} s.</source>
        <translation>Completato in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="358"/>
        <source>The raster output needs the Python package rasterio, which cannot be used here ({why}). Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) or macOS: python3 -m pip install {pip}. Or leave the raster output out: the polygons are made without it.</source>
        <translation>Il raster in uscita richiede il pacchetto Python rasterio, che qui non è utilizzabile ({why}). Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) o macOS: python3 -m pip install {pip}. Oppure rinuncia al raster: i poligoni si ottengono anche senza.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="372"/>
        <source>The layer URL &apos;{url}&apos; is not an http(s) URL. Give one such as {default}, or leave it empty for the one in the plugin&apos;s settings.</source>
        <translation>L'URL del layer '{url}' non è un URL http(s). Indicane uno come {default}, o lascialo vuoto per usare quello delle impostazioni del plugin.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="393"/>
        <source>The extent cannot be transformed to EPSG:3035.</source>
        <translation>L'estensione non si può trasformare in EPSG:3035.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="394"/>
        <source>the extent {extent} ({crs})</source>
        <translation>l'estensione {extent} ({crs})</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="400"/>
        <source>{count} polygon(s) of {layer}</source>
        <translation>{count} poligono/i di {layer}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="405"/>
        <source>The area has no surface: give polygons or a rectangle.</source>
        <translation>L'area non ha superficie: indica dei poligoni o un rettangolo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="432"/>
        <source>{count} polygons, {ha} ha: {classes}</source>
        <translation>{count} poligoni, {ha} ha: {classes}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="417"/>
        <source>The polygons and the raster share the style file {qml}: it holds the raster&apos;s style, so the polygons open without the CORINE colours. Give them different names, or write the polygons to a GeoPackage, which keeps its style inside.</source>
        <translation>I poligoni e il raster condividono il file di stile {qml}: contiene lo stile del raster, quindi i poligoni si aprono senza i colori CORINE. Dai loro nomi diversi, oppure scrivi i poligoni in un GeoPackage, che conserva lo stile al suo interno.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="133"/>
        <source>Seconds each request to the service may take; busy answers (HTTP 429, 502, 503, 504) are retried three times with growing pauses.</source>
        <translation>Secondi che può durare ogni richiesta al servizio; le risposte di servizio occupato (HTTP 429, 502, 503, 504) vengono ritentate tre volte con pause crescenti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="449"/>
        <source>CORINE service at {host}</source>
        <translation>Il servizio CORINE su {host}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="465"/>
        <source>All the answers of one run count toward {parameter} ({limit} MB): split the area into parts, or raise {parameter}.</source>
        <translation>Tutte le risposte di un'esecuzione contano per {parameter} ({limit} MB): dividi l'area in parti, o alza {parameter}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_corine.py" line="470"/>
        <source>Raise {parameter}, or download a smaller area.</source>
        <translation>Alza {parameter}, o scarica un'area più piccola.</translation>
    </message>
</context>
<context>
    <name>DownloadOsmProductionAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="89"/>
        <source>Download OSM production spaces (Overpass)</source>
        <translation>Scarica gli spazi produttivi OSM (Overpass)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="92"/>
        <source>Buildings, production activities and land use of an area from OpenStreetMap through the Overpass API, now or at a past date.</source>
        <translation>Edifici, attività produttive e uso del suolo di un'area da OpenStreetMap attraverso l'API Overpass, oggi o a una data passata.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="99"/>
        <source>Extent</source>
        <translation>Estensione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="99"/>
        <source>The rectangle to download, in any CRS. Give this or a polygon layer (Area).</source>
        <translation>Il rettangolo da scaricare, in qualsiasi sistema di riferimento. Indica questo o un layer di poligoni (Area).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="103"/>
        <source>Area (polygons)</source>
        <translation>Area (poligoni)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="103"/>
        <source>Polygons in any CRS whose outline bounds the query (a municipality, a district); honours &apos;selected features only&apos;. Long outlines are simplified to at most 1,000 points, widened so nothing inside is left out.</source>
        <translation>Poligoni in qualsiasi sistema di riferimento il cui contorno delimita l'interrogazione (un comune, un distretto); rispetta 'solo elementi selezionati'. I contorni lunghi vengono semplificati ad al massimo 1.000 punti, allargati perché nulla di ciò che sta dentro resti fuori.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="116"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Data (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="116"/>
        <source>Empty: the current data. An ISO date (e.g. 2016-04-10, from 2012-09-12 on): OpenStreetMap as it was at midnight UTC that day (Overpass [date:]). Differences between two dates mix real change with mapping activity.</source>
        <translation>Vuoto: i dati attuali. Una data ISO (ad es. 2016-04-10, dal 2012-09-12 in poi): OpenStreetMap com'era alla mezzanotte UTC di quel giorno (Overpass [date:]). Le differenze tra due date mescolano il cambiamento reale con l'attività di mappatura.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="124"/>
        <source>Overpass API endpoint</source>
        <translation>Endpoint dell'API Overpass</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="124"/>
        <source>URL of an Overpass API interpreter. Empty: the endpoint in the plugin&apos;s settings (default {url}, the main public instance).</source>
        <translation>URL di un interprete dell'API Overpass. Vuoto: l'endpoint delle impostazioni del plugin (predefinito {url}, l'istanza pubblica principale).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="131"/>
        <source>Timeout (seconds)</source>
        <translation>Tempo massimo (secondi)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="131"/>
        <source>Seconds Overpass may work on the query ([timeout:]); the download waits up to a minute more for the answer to arrive.</source>
        <translation>Secondi che Overpass può dedicare all'interrogazione ([timeout:]); il download attende la risposta fino a un minuto in più.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="145"/>
        <source>Largest area (km²)</source>
        <translation>Area massima (km²)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="159"/>
        <source>Largest answer (MB)</source>
        <translation>Risposta massima (MB)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="159"/>
        <source>Stop the download when the answer grows larger than this.</source>
        <translation>Interrompi il download quando la risposta supera questa dimensione.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="169"/>
        <source>Tag mapping (CSV)</source>
        <translation>Corrispondenza dei tag (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="169"/>
        <source>CSV with the columns key, value, production_class that gives OSM tags their production class, as in &apos;Production spaces from OpenStreetMap&apos;. Empty: the plugin&apos;s preset.</source>
        <translation>CSV con le colonne key, value, production_class che assegna ai tag OSM la loro classe produttiva, come in 'Spazi produttivi da OpenStreetMap'. Vuoto: il preset del plugin.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="178"/>
        <source>Output CRS</source>
        <translation>Sistema di riferimento dei risultati</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="178"/>
        <source>A projected CRS in metres for the outputs. Empty: the UTM zone of the centre of the area (the same for every date of one area).</source>
        <translation>Un sistema di riferimento proiettato in metri per i risultati. Vuoto: il fuso UTM del centro dell'area (lo stesso per ogni data di una stessa area).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="185"/>
        <source>Buildings</source>
        <translation>Edifici</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="185"/>
        <source>Building polygons: osm_id, production_class, building, levels, name, tags; as &apos;Production spaces from OpenStreetMap&apos; writes them.</source>
        <translation>Poligoni degli edifici: osm_id, production_class, building, levels, name, tags; come li scrive 'Spazi produttivi da OpenStreetMap'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="198"/>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="198"/>
        <source>Points of production activities: osm_id, production_class, activity_key, activity_value, name, tags.</source>
        <translation>Punti delle attività produttive: osm_id, production_class, activity_key, activity_value, name, tags.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="211"/>
        <source>Land use</source>
        <translation>Uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="211"/>
        <source>Land-use polygons: osm_id, code (nomenclature_osm_landuse.csv, for &apos;Land-use change (polygons)&apos;), production_class, landuse, name, tags.</source>
        <translation>Poligoni d'uso del suolo: osm_id, code (nomenclature_osm_landuse.csv, per 'Cambiamenti d'uso del suolo (poligoni)'), production_class, landuse, name, tags.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="224"/>
        <source>Overpass answer (.osm)</source>
        <translation>Risposta di Overpass (.osm)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="224"/>
        <source>OpenStreetMap XML (*.osm)</source>
        <translation>OpenStreetMap XML (*.osm)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="224"/>
        <source>The OSM XML file as Overpass sent it, to keep or to open with other tools.</source>
        <translation>Il file OSM XML così come l'ha inviato Overpass, da conservare o da aprire con altri strumenti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="236"/>
        <source>CRS of the outputs</source>
        <translation>Sistema di riferimento dei risultati</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="237"/>
        <source>Number of buildings</source>
        <translation>Numero di edifici</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="238"/>
        <source>Number of activities</source>
        <translation>Numero di attività</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="239"/>
        <source>Number of land-use areas</source>
        <translation>Numero di aree d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="240"/>
        <source>Timestamp of the OSM data</source>
        <translation>Data e ora dei dati OSM</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="255"/>
        <source>Choose at least one output: buildings, activities, land use or the Overpass answer.</source>
        <translation>Scegli almeno un risultato: edifici, attività, uso del suolo o la risposta di Overpass.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="261"/>
        <source>The folder of the Overpass answer does not exist: {folder}. Create it or choose another.</source>
        <translation>La cartella della risposta di Overpass non esiste: {folder}. Creala o scegline un'altra.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="268"/>
        <source>The output CRS {crs} is geographic (degrees): choose a projected CRS in metres, or leave it empty for the UTM zone of the area.</source>
        <translation>Il sistema di riferimento dei risultati {crs} è geografico (gradi): scegli un sistema proiettato in metri, o lascialo vuoto per il fuso UTM dell'area.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="399"/>
        <source>Data: {attribution}</source>
        <translation>Dati: {attribution}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="293"/>
        <source>Area: {what}, {area} km² (estimated on the sphere from its outline).</source>
        <translation>Area: {what}, {area} km² (stimata sulla sfera dal suo contorno).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="299"/>
        <source>OpenStreetMap as it was on {date}. Comparing two dates of OpenStreetMap mixes real change with mapping activity: a building or an area missing at the earlier date may only not have been mapped yet. Read differences as changes of the map, not only of the land.</source>
        <translation>OpenStreetMap com'era il {date}. Confrontare due date di OpenStreetMap mescola il cambiamento reale con l'attività di mappatura: un edificio o un'area che manca alla data precedente potrebbe solo non essere stato ancora mappato. Leggi le differenze come cambiamenti della mappa, non solo del territorio.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="306"/>
        <source>Overpass API endpoint: {url}</source>
        <translation>Endpoint dell'API Overpass: {url}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="314"/>
        <source>Asking {host} (Overpass may think for a while)</source>
        <translation>Richiesta a {host} (Overpass può impiegare un po' di tempo)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="342"/>
        <source>The Overpass API at {host}</source>
        <translation>L'API Overpass su {host}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="317"/>
        <source>Split the area into smaller parts, or raise {parameter} (this computer must hold the answer and its layers in memory).</source>
        <translation>Dividi l'area in parti più piccole, o alza {parameter} (questo computer deve tenere in memoria la risposta e i suoi layer).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="317"/>
        <source>Raise {parameter}, or download a smaller area.</source>
        <translation>Alza {parameter}, o scarica un'area più piccola.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="334"/>
        <source>Downloaded {size} in {seconds} s ({attempts} attempt(s)).</source>
        <translation>Scaricati {size} in {seconds} s ({attempts} tentativo/i).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="362"/>
        <source>The answer holds {nodes} nodes, {ways} ways and {relations} relations; OSM data of {base}.</source>
        <translation>La risposta contiene {nodes} nodi, {ways} way e {relations} relazioni; dati OSM al {base}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="369"/>
        <source>Overpass remark: {remark}</source>
        <translation>Osservazione di Overpass: {remark}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="400"/>
        <source>Done in {seconds} s.</source>
        <translation>Completato in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="412"/>
        <source>The Overpass endpoint &apos;{url}&apos; is not an http(s) URL. Give one such as {default}, or leave it empty for the one in the plugin&apos;s settings.</source>
        <translation>L'endpoint Overpass '{url}' non è un URL http(s). Indicane uno come {default}, o lascialo vuoto per usare quello delle impostazioni del plugin.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="439"/>
        <source>the extent {west}, {south}, {east}, {north} (degrees)</source>
        <translation>l'estensione {west}, {south}, {east}, {north} (gradi)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="454"/>
        <source>The outline of the area has {points} points: sent simplified to {kept} points, widened so nothing inside is left out.</source>
        <translation>Il contorno dell'area ha {points} punti: è stato inviato semplificato a {kept} punti, allargato perché nulla di ciò che sta dentro resti fuori.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="461"/>
        <source>The polygons of the area layer have no area.</source>
        <translation>I poligoni del layer dell'area non hanno superficie.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="465"/>
        <source>{parts} polygon(s) of {layer}</source>
        <translation>{parts} poligono/i di {layer}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="500"/>
        <source>the Overpass answer</source>
        <translation>la risposta di Overpass</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="503"/>
        <source>Classifying the buildings and activities</source>
        <translation>Classificazione degli edifici e delle attività</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="519"/>
        <source>Collecting the land-use areas</source>
        <translation>Raccolta delle aree d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="530"/>
        <source>The answer holds no land-use areas of the query: the land-use output is empty.</source>
        <translation>La risposta non contiene aree d'uso del suolo dell'interrogazione: il risultato dell'uso del suolo è vuoto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="535"/>
        <source>current data of {base}</source>
        <translation>dati attuali al {base}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="540"/>
        <source>Production spaces from OpenStreetMap via the Overpass API ({host}, {when}), classed with {mapping}.</source>
        <translation>Spazi produttivi da OpenStreetMap tramite l'API Overpass ({host}, {when}), classificati con {mapping}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="548"/>
        <source>Writing the outputs</source>
        <translation>Scrittura dei risultati</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="606"/>
        <source>Buildings: {total} ({classes}).</source>
        <translation>Edifici: {total} ({classes}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="607"/>
        <source>Activities: {total} ({classes}).</source>
        <translation>Attività: {total} ({classes}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="609"/>
        <source>Land-use areas: {total} ({classes}).</source>
        <translation>Aree d'uso del suolo: {total} ({classes}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="145"/>
        <source>Refuse an area larger than this before downloading (0: no limit). The query gave about 0.4 MB per km² on central Helsinki, denser centres several times more: split larger areas into parts.</source>
        <translation>Rifiuta prima del download un'area più grande di questa (0: nessun limite). L'interrogazione ha dato circa 0,4 MB per km² nel centro di Helsinki, i centri più densi parecchie volte di più: dividi le aree più grandi in parti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="355"/>
        <source>The answer holds {nodes} nodes, {ways} ways and {relations} relations; OSM data as of {date} (the date asked).</source>
        <translation>La risposta contiene {nodes} nodi, {ways} way e {relations} relazioni; dati OSM al {date} (la data richiesta).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/download_osm_production.py" line="535"/>
        <source>data as of {date}</source>
        <translation>dati al {date}</translation>
    </message>
</context>
<context>
    <name>IdentifyDistrictsAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="50"/>
        <source>Identify industrial districts (Sforzi-ISTAT)</source>
        <translation>Identifica i distretti industriali (Sforzi-ISTAT)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="53"/>
        <source>Which local labour systems are industrial districts? The four steps of the Sforzi-ISTAT method.</source>
        <translation>Quali sistemi locali del lavoro sono distretti industriali? Le quattro fasi del metodo Sforzi-ISTAT.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="59"/>
        <source>Labour-system code field</source>
        <translation>Campo del codice del sistema locale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="59"/>
        <source>SLL code (text or number).</source>
        <translation>Codice del SLL (testo o numero).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="66"/>
        <source>Labour-system name field</source>
        <translation>Campo del nome del sistema locale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="66"/>
        <source>SLL name, copied to the output.</source>
        <translation>Nome del SLL, copiato nel risultato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="73"/>
        <source>ATECO division field</source>
        <translation>Campo della divisione ATECO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="73"/>
        <source>ATECO 2007 division, two digits (10-33 manufacturing; 13.20 is read as 13).</source>
        <translation>Divisione ATECO 2007, due cifre (10-33 manifattura; 13.20 si legge come 13).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="80"/>
        <source>Size class field</source>
        <translation>Campo della classe di addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="80"/>
        <source>Employees per local unit as a range (0-9, 10-49, 50-249, 250 e più…) or small/medium/large; may be empty outside manufacturing.</source>
        <translation>Addetti per unità locale come intervallo (0-9, 10-49, 50-249, 250 e più…) o piccola/media/grande; può restare vuoto fuori dalla manifattura.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="90"/>
        <source>Local units field</source>
        <translation>Campo delle unità locali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="90"/>
        <source>Number of local units; needed for the single-medium-unit rule of step 4.</source>
        <translation>Numero di unità locali; serve per la regola dell'unica unità media della fase 4.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="97"/>
        <source>Employees field</source>
        <translation>Campo degli addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="97"/>
        <source>Employees (addetti).</source>
        <translation>Numero di addetti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="106"/>
        <source>Local units and employees by labour system</source>
        <translation>Unità locali e addetti per sistema locale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="106"/>
        <source>One row per labour system, ATECO division and size class of local unit: all non-agricultural divisions, not only manufacturing (see the template in processing/presets).</source>
        <translation>Una riga per sistema locale, divisione ATECO e classe di addetti dell'unità locale: tutte le divisioni non agricole, non solo la manifattura (vedi il modello in processing/presets).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="132"/>
        <source>National totals</source>
        <translation>Totali nazionali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="132"/>
        <source>Employees of the whole country by ATECO division and size class, with the same field names as the table. Empty: the sum of the table, right only if the table covers all of Italy.</source>
        <translation>Addetti dell'intero Paese per divisione ATECO e classe di addetti, con gli stessi nomi dei campi della tabella. Vuoto: la somma della tabella, corretta solo se la tabella copre tutta l'Italia.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="141"/>
        <source>Industry grouping (CSV)</source>
        <translation>Raggruppamento delle industrie (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="141"/>
        <source>CSV with columns division, sector, industry, label. Empty: the shipped grouping of ATECO 2007 divisions into ISTAT&apos;s main industries (processing/presets/sforzi_industries.csv).</source>
        <translation>CSV con le colonne division, sector, industry, label. Vuoto: il raggruppamento fornito delle divisioni ATECO 2007 nelle industrie principali ISTAT (processing/presets/sforzi_industries.csv).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="150"/>
        <source>Main industry: among industries with location quotient above 1, the one with</source>
        <translation>Industria principale: tra le industrie con quoziente di localizzazione maggiore di 1, quella con</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="150"/>
        <source>the largest prevalence (employees above the national share)</source>
        <translation>la prevalenza più alta (addetti oltre la quota nazionale)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="150"/>
        <source>the most employees</source>
        <translation>più addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="150"/>
        <source>How step 3 ranks the specialised manufacturing industries (see the help).</source>
        <translation>Come la fase 3 ordina le industrie manifatturiere specializzate (vedi l'aiuto).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="162"/>
        <source>Districts</source>
        <translation>Distretti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="162"/>
        <source>One row per labour system: class, main industry, every quotient compared, the reason.</source>
        <translation>Una riga per sistema locale: classe, industria principale, ogni quoziente confrontato, il motivo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="195"/>
        <source>The table of local units and employees is missing.</source>
        <translation>Manca la tabella delle unità locali e degli addetti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="196"/>
        <source>table</source>
        <translation>tabella</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="203"/>
        <source>national totals</source>
        <translation>tabella dei totali nazionali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="242"/>
        <source>{count} of {total} labour systems are industrial districts.</source>
        <translation>{count} sistemi locali su {total} sono distretti industriali.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/identify_districts.py" line="188"/>
        <source>Choose the field for &apos;{parameter}&apos;.</source>
        <translation>Scegli il campo per '{parameter}'.</translation>
    </message>
</context>
<context>
    <name>IndicatorData</name>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_data.py" line="46"/>
        <source>change accounting</source>
        <translation>contabilità dei cambiamenti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_data.py" line="47"/>
        <source>change by ring</source>
        <translation>cambiamenti per fascia</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_data.py" line="48"/>
        <source>landscape metrics</source>
        <translation>metriche del paesaggio</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_data.py" line="49"/>
        <source>class metrics</source>
        <translation>metriche delle classi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_data.py" line="50"/>
        <source>district comparison</source>
        <translation>confronto tra distretti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_data.py" line="218"/>
        <source>Gross gain</source>
        <translation>Guadagno lordo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_data.py" line="218"/>
        <source>Gross loss</source>
        <translation>Perdita lorda</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_data.py" line="218"/>
        <source>Gains and losses by class</source>
        <translation>Guadagni e perdite per classe</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_data.py" line="259"/>
        <source>hectares</source>
        <translation>ettari</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_data.py" line="259"/>
        <source>% of the ring</source>
        <translation>% della fascia</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_data.py" line="264"/>
        <source>Change types by distance ring</source>
        <translation>Tipi di cambiamento per fascia di distanza</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_data.py" line="264"/>
        <source>No change and industrial persistence are left out of the bars: they are in the table.</source>
        <translation>Nessun cambiamento e persistenza industriale sono esclusi dalle barre: si trovano nella tabella.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_data.py" line="288"/>
        <source>{share} % of the gross change ({resampled} of {gross} ha) is what the grid offset alone produces: read it with care.</source>
        <translation>Il {share} % del cambiamento lordo ({resampled} di {gross} ha) è ciò che produce il solo spostamento tra le griglie: leggilo con cautela.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_data.py" line="293"/>
        <source>{share} % of the change shown ({resampled} of {changed} ha) is what the grid offset alone produces: read it with care.</source>
        <translation>Il {share} % del cambiamento mostrato ({resampled} di {changed} ha) è ciò che produce il solo spostamento tra le griglie: leggilo con cautela.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_data.py" line="298"/>
        <source>{below} ha of change in patches smaller than the minimum mapping unit are counted as unchanged ({share} % of the change found); the table gives them by change type.</source>
        <translation>{below} ha di cambiamento in macchie più piccole dell'unità minima cartografabile sono contati come invariati ({share} % del cambiamento trovato); la tabella li riporta per tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="62"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="63"/>
        <source>m/ha</source>
        <translation>m/ha</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="64"/>
        <source>per 100 ha</source>
        <translation>per 100 ha</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="66"/>
        <source>{name} ({unit})</source>
        <translation>{name} ({unit})</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="67"/>
        <source>{name}, {date}</source>
        <translation>{name}, {date}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="68"/>
        <source>{name}, {statistic}</source>
        <translation>{name}, {statistic}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="177"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="189"/>
        <source>Gross gain from the grid offset alone (ha)</source>
        <translation>Guadagno lordo dovuto al solo spostamento tra le griglie (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="192"/>
        <source>Gross loss from the grid offset alone (ha)</source>
        <translation>Perdita lorda dovuta al solo spostamento tra le griglie (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="198"/>
        <source>Ring from (map units)</source>
        <translation>Inizio della fascia (unità della mappa)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="199"/>
        <source>Ring to (map units)</source>
        <translation>Fine della fascia (unità della mappa)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="200"/>
        <source>Change code</source>
        <translation>Codice del cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="202"/>
        <source>Cells</source>
        <translation>Celle</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="203"/>
        <source>Polygons</source>
        <translation>Poligoni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="204"/>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="205"/>
        <source>Share of the ring (%)</source>
        <translation>Quota della fascia (%)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="207"/>
        <source>Share of the zone&apos;s industrial land (%)</source>
        <translation>Quota del suolo industriale della zona (%)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="210"/>
        <source>Below the minimum mapping unit (ha)</source>
        <translation>Sotto l'unità minima cartografabile (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="211"/>
        <source>From the grid offset alone (ha)</source>
        <translation>Dovuto al solo spostamento tra le griglie (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="253"/>
        <source>Total area</source>
        <translation>Superficie totale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="254"/>
        <source>Class area</source>
        <translation>Superficie della classe</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="255"/>
        <source>Share of the landscape</source>
        <translation>Percentuale del paesaggio</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="256"/>
        <source>Number of patches</source>
        <translation>Numero di macchie</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="257"/>
        <source>Patch density</source>
        <translation>Densità delle macchie</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="258"/>
        <source>Largest patch index</source>
        <translation>Indice della macchia più grande</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="259"/>
        <source>Total edge</source>
        <translation>Margine totale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="260"/>
        <source>Edge density</source>
        <translation>Densità di margine</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="261"/>
        <source>Landscape shape index</source>
        <translation>Indice di forma del paesaggio</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="262"/>
        <source>Total core area</source>
        <translation>Area core totale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="263"/>
        <source>Core area share of the landscape</source>
        <translation>Percentuale di area core sul paesaggio</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="264"/>
        <source>Number of disjunct core areas</source>
        <translation>Numero di aree core disgiunte</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="265"/>
        <source>Disjunct core area density</source>
        <translation>Densità delle aree core disgiunte</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="266"/>
        <source>Perimeter-area fractal dimension</source>
        <translation>Dimensione frattale perimetro-area</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="267"/>
        <source>Clumpiness</source>
        <translation>Aggregazione a grappolo (clumpiness)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="268"/>
        <source>Like adjacencies</source>
        <translation>Adiacenze simili</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="269"/>
        <source>Interspersion and juxtaposition</source>
        <translation>Interspersione e giustapposizione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="270"/>
        <source>Patch cohesion</source>
        <translation>Coesione delle macchie</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="271"/>
        <source>Landscape division</source>
        <translation>Divisione del paesaggio</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="272"/>
        <source>Effective mesh size</source>
        <translation>Dimensione efficace della maglia</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="273"/>
        <source>Splitting index</source>
        <translation>Indice di suddivisione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="274"/>
        <source>Aggregation index</source>
        <translation>Indice di aggregazione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="275"/>
        <source>Normalised landscape shape index</source>
        <translation>Indice di forma del paesaggio normalizzato</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="276"/>
        <source>Contagion</source>
        <translation>Contagio</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="277"/>
        <source>Patch richness</source>
        <translation>Ricchezza di classi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="278"/>
        <source>Patch richness density</source>
        <translation>Densità della ricchezza di classi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="279"/>
        <source>Shannon diversity</source>
        <translation>Diversità di Shannon</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="280"/>
        <source>Simpson diversity</source>
        <translation>Diversità di Simpson</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="281"/>
        <source>Modified Simpson diversity</source>
        <translation>Diversità di Simpson modificata</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="282"/>
        <source>Shannon evenness</source>
        <translation>Equiripartizione di Shannon</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="283"/>
        <source>Simpson evenness</source>
        <translation>Equiripartizione di Simpson</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="284"/>
        <source>Modified Simpson evenness</source>
        <translation>Equiripartizione di Simpson modificata</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="288"/>
        <source>Patch area</source>
        <translation>Superficie della macchia</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="289"/>
        <source>Radius of gyration</source>
        <translation>Raggio di girazione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="290"/>
        <source>Shape index</source>
        <translation>Indice di forma</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="291"/>
        <source>Fractal dimension</source>
        <translation>Dimensione frattale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="292"/>
        <source>Perimeter-area ratio</source>
        <translation>Rapporto perimetro-area</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="293"/>
        <source>Related circumscribing circle</source>
        <translation>Cerchio circoscritto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="294"/>
        <source>Contiguity index</source>
        <translation>Indice di contiguità</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="295"/>
        <source>Core area</source>
        <translation>Area core</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="296"/>
        <source>Disjunct core area</source>
        <translation>Area core disgiunta</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="297"/>
        <source>Core area index</source>
        <translation>Indice di area core</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="298"/>
        <source>Nearest-neighbour distance</source>
        <translation>Distanza dal vicino più prossimo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="301"/>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="302"/>
        <source>standard deviation</source>
        <translation>deviazione standard</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="303"/>
        <source>coefficient of variation</source>
        <translation>coefficiente di variazione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="304"/>
        <source>area-weighted mean</source>
        <translation>media ponderata per l'area</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="305"/>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="188"/>
        <source>Net change with each other class</source>
        <translation>Variazione netta con ciascuna altra classe</translation>
    </message>
</context>
<context>
    <name>IndicatorsDock</name>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="91"/>
        <source>ReIndustria – Indicators</source>
        <translation>ReIndustria – Indicatori</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="123"/>
        <source>&amp;Result:</source>
        <translation>&amp;Risultato:</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="125"/>
        <source>Results of ReIndustria tools in this project, the newest first</source>
        <translation>Risultati degli strumenti ReIndustria in questo progetto, dal più recente</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="133"/>
        <source>Look for results in the project again</source>
        <translation>Cerca di nuovo i risultati nel progetto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="136"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="148"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicatore:</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="151"/>
        <source>&amp;For:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="153"/>
        <source>Select features on the map (zones, districts) to follow them here</source>
        <translation>Seleziona elementi sulla mappa (zone, distretti) per seguirli qui</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="194"/>
        <source>Chart</source>
        <translation>Grafico</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="195"/>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="197"/>
        <source>&amp;Export chart…</source>
        <translation>&amp;Esporta il grafico…</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="267"/>
        <source>No result yet. Run Land-use change, Landscape metrics or Compare districts and load their tables (summary, accounting, metrics, comparison) into the project: the newest shows here.</source>
        <translation>Ancora nessun risultato. Esegui Cambiamenti d'uso del suolo, Metriche del paesaggio o Confronta i distretti e carica le loro tabelle (riepilogo, contabilità, metriche, confronto) nel progetto: qui compare la più recente.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="288"/>
        <source>Cannot read {name}: {error}</source>
        <translation>Impossibile leggere {name}: {error}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="330"/>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="332"/>
        <source>Whole area</source>
        <translation>Intera area</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="339"/>
        <source>Selected on the map ({count})</source>
        <translation>Selezionati sulla mappa ({count})</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="455"/>
        <source>Cannot chart this result: {error}</source>
        <translation>Impossibile rappresentare questo risultato in un grafico: {error}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="430"/>
        <source>Nothing to chart: the table has no values for this choice.</source>
        <translation>Niente da rappresentare: la tabella non ha valori per questa scelta.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="447"/>
        <source>Charts need the Python package matplotlib ({error}).</source>
        <translation>I grafici richiedono il pacchetto Python matplotlib ({error}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="415"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="464"/>
        <source>The chart shows the first {shown} of {count} rows.</source>
        <translation>Il grafico mostra le prime {shown} righe su {count}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="539"/>
        <source>Export chart</source>
        <translation>Esporta il grafico</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="539"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Immagine PNG (*.png);;Immagine SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="570"/>
        <source>the file could not be written</source>
        <translation>non è stato possibile scrivere il file</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="587"/>
        <source>Chart saved to {path}</source>
        <translation>Grafico salvato in {path}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="589"/>
        <source>The chart was not saved ({reason}).</source>
        <translation>Il grafico non è stato salvato ({reason}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicators_dock.py" line="396"/>
        <source>{title} ({unit})</source>
        <translation>{title} ({unit})</translation>
    </message>
</context>
<context>
    <name>IntensityAnalysisAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="52"/>
        <source>Intensity analysis of land change</source>
        <translation>Analisi di intensità dei cambiamenti del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="55"/>
        <source>Is change fast or slow, are categories active or dormant, which transitions are targeted?</source>
        <translation>Il cambiamento è rapido o lento, le categorie sono attive o dormienti, quali transizioni sono mirate?</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="61"/>
        <source>Land-use rasters, in date order</source>
        <translation>Raster d'uso del suolo, in ordine di data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="70"/>
        <source>Years</source>
        <translation>Anni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="70"/>
        <source>The date of each raster, in the same order, separated by commas, e.g. 2006,2012,2018.</source>
        <translation>La data di ogni raster, nello stesso ordine, separate da virgole, ad es. 2006,2012,2018.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="85"/>
        <source>Custom nomenclature (CSV)</source>
        <translation>Nomenclatura personalizzata (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="85"/>
        <source>CSV with columns code, class, label, colour; used with &apos;Custom (CSV)&apos;.</source>
        <translation>CSV con le colonne code, class, label, colour; usato con 'Personalizzata (CSV)'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="106"/>
        <source>Interval level</source>
        <translation>Livello dell'intervallo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="113"/>
        <source>Category level</source>
        <translation>Livello della categoria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="113"/>
        <source>Per interval and category: gross gain and loss, their annual intensities, Active or Dormant.</source>
        <translation>Per intervallo e categoria: guadagno e perdita lordi, le loro intensità annue, Attiva o Dormiente.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="120"/>
        <source>Transition level</source>
        <translation>Livello della transizione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="120"/>
        <source>Per interval and pair of categories, seen from the gain and from the loss: intensity, uniform intensity, Targeted or Avoided.</source>
        <translation>Per intervallo e coppia di categorie, dal lato del guadagno e della perdita: intensità, intensità uniforme, Mirata o Evitata.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="188"/>
        <source>Charts (HTML)</source>
        <translation>Grafici (HTML)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="127"/>
        <source>HTML files (*.html)</source>
        <translation>File HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="191"/>
        <source>Give at least two rasters, in date order.</source>
        <translation>Indica almeno due raster, in ordine di data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="171"/>
        <source>The years must be numbers separated by commas, e.g. 2006,2012,2018 (got &apos;{text}&apos;).</source>
        <translation>Gli anni devono essere numeri separati da virgole, ad es. 2006,2012,2018 (ricevuto '{text}').</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="193"/>
        <source>Give one year per raster: {n_rasters} rasters but {n_years} years.</source>
        <translation>Indica un anno per raster: {n_rasters} raster ma {n_years} anni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="281"/>
        <source>Intensity analysis</source>
        <translation>Analisi di intensità</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="61"/>
        <source>Two or more categorical rasters of the same area, oldest first; all are aligned onto the first one&apos;s grid by nearest neighbour. Fast or Slow intervals need three or more.</source>
        <translation>Due o più raster categorici della stessa area, dal più vecchio; tutti vengono allineati sulla griglia del primo con il metodo del vicino più prossimo. Per classificare gli intervalli come Rapido o Lento ne servono almeno tre.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="76"/>
        <source>Nomenclature</source>
        <translation>Nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="76"/>
        <source>How codes map to production classes, the categories of the analysis: a preset or your own CSV (the same options as the land-use change tools).</source>
        <translation>Come i codici corrispondono alle classi produttive, le categorie dell'analisi: una nomenclatura predefinita o un tuo CSV (le stesse opzioni degli strumenti sui cambiamenti d'uso del suolo).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="94"/>
        <source>Use the raster codes as categories (no nomenclature)</source>
        <translation>Usa i codici del raster come categorie (senza nomenclatura)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="94"/>
        <source>Analyse each raster code as its own category instead of grouping the codes into production classes; the nomenclature is then not used.</source>
        <translation>Analizza ogni codice del raster come una categoria a sé invece di raggruppare i codici in classi produttive; in tal caso la nomenclatura non viene usata.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="106"/>
        <source>Per interval: annual change in % of the area, uniform intensity, Fast or Slow (empty with two dates: that needs three or more).</source>
        <translation>Per intervallo: cambiamento annuo in % dell'area, intensità uniforme, Rapido o Lento (vuoto con due date: servono tre o più date).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="203"/>
        <source>The custom nomenclature CSV is not used: the raster codes are the categories. Turn off &apos;Use the raster codes as categories&apos; to group the codes with it.</source>
        <translation>Il CSV della nomenclatura personalizzata non viene usato: le categorie sono i codici del raster. Disattiva 'Usa i codici del raster come categorie' per raggruppare i codici con il CSV.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="212"/>
        <source>The custom nomenclature CSV is not used: the nomenclature is the preset &apos;{preset}&apos;. Choose &apos;Custom (CSV)&apos; to use the CSV.</source>
        <translation>Il CSV della nomenclatura personalizzata non viene usato: la nomenclatura è quella predefinita '{preset}'. Scegli 'Personalizzata (CSV)' per usare il CSV.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="221"/>
        <source>Nomenclature: {name}</source>
        <translation>Nomenclatura: {name}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="127"/>
        <source>A page with the charts of the three levels, as in Aldwaik &amp; Pontius (2012). Needs the Python packages matplotlib and jinja2; skip this output to get the tables without them.</source>
        <translation>Una pagina con i grafici dei tre livelli, come in Aldwaik &amp; Pontius (2012). Richiede i pacchetti Python matplotlib e jinja2; rinuncia a questo risultato per ottenere le tabelle senza di essi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="158"/>
        <source>These rasters cannot be opened (check the path): {paths}.</source>
        <translation>Questi raster non si possono aprire (controlla il percorso): {paths}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="233"/>
        <source>With the raster codes as categories, give the codes to leave out (e.g. 41, 42), not production classes ({classes}).</source>
        <translation>Con i codici del raster come categorie, indica i codici da escludere (ad es. 41, 42), non classi produttive ({classes}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="239"/>
        <source>Left out of the study area: codes {codes}.</source>
        <translation>Esclusi dall'area di studio: codici {codes}.</translation>
    </message>
</context>
<context>
    <name>LandUseChangeAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="546"/>
        <source>Classifies what happened to industrial land between two dates, and around it.</source>
        <translation>Classifica che cosa è successo alle aree industriali tra due date, e intorno a esse.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="690"/>
        <source>Land use BEFORE</source>
        <translation>Uso del suolo PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="550"/>
        <source>Categorical land-use raster at the first date (any integer type, its own nodata).</source>
        <translation>Raster categorico d'uso del suolo alla prima data (qualsiasi tipo intero, con il proprio nodata).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="691"/>
        <source>Land use AFTER</source>
        <translation>Uso del suolo DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="554"/>
        <source>Land-use raster at the second date; aligned onto BEFORE by nearest neighbour if its grid differs.</source>
        <translation>Raster d'uso del suolo alla seconda data; se la griglia è diversa viene allineato su PRIMA con il metodo del vicino più prossimo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="576"/>
        <source>Change types</source>
        <translation>Tipi di cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="576"/>
        <source>Raster of the change type of each cell (GeoTIFF, styled, 255 = nodata).</source>
        <translation>Raster del tipo di cambiamento di ogni cella (GeoTIFF con stile, 255 = nodata).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="602"/>
        <source>BEFORE</source>
        <translation>PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="603"/>
        <source>AFTER</source>
        <translation>DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="606"/>
        <source>{name} has {count} bands: only band 1 is used.</source>
        <translation>{name} ha {count} bande: si usa solo la banda 1.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="543"/>
        <source>Land-use change (rasters)</source>
        <translation>Cambiamenti d'uso del suolo (raster)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="583"/>
        <source>Polygons of the industrial areas and of each distance ring around them, to check the rings on the map (off by default). Drawn around the industrial areas given, else around the outlines of the BEFORE cells of industrial class; a cell is counted in a ring by the distance between cell centres, so a ring&apos;s edge on the map can differ from its cells by up to a cell.</source>
        <translation>Poligoni delle aree industriali e di ciascuna fascia di distanza intorno a esse, per verificare le fasce sulla mappa (disattivato per default). Tracciati intorno alle aree industriali indicate, altrimenti intorno ai contorni delle celle di classe industriale di BEFORE; una cella è contata in una fascia in base alla distanza tra i centri delle celle, quindi il bordo di una fascia sulla mappa può differire dalle sue celle fino a una cella.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="657"/>
        <source>Drawing the ring polygons</source>
        <translation>Disegno dei poligoni delle fasce</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="708"/>
        <source>The ring polygons need geopandas ({error}): install python3-geopandas (or pip install geopandas), or leave the ring polygons output empty.</source>
        <translation>I poligoni delle fasce richiedono geopandas ({error}): installa python3-geopandas (o pip install geopandas), oppure lascia vuoto il risultato dei poligoni delle fasce.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="562"/>
        <source>Minimum mapping unit for change (ha)</source>
        <translation>Unità minima cartografabile dei cambiamenti (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="562"/>
        <source>Patches of change (neighbouring cells, diagonals included, with the same code before and the same code after) smaller than this area count as unchanged; the summary gives their area apart (below_mmu_ha). 0 keeps every change; CORINE Land Cover&apos;s change layers use 5 ha.</source>
        <translation>Le macchie di cambiamento (celle vicine, diagonali comprese, con lo stesso codice prima e lo stesso codice dopo) più piccole di questa superficie contano come invariate; il riepilogo ne riporta a parte la superficie (below_mmu_ha). 0 mantiene ogni cambiamento; i layer dei cambiamenti di CORINE Land Cover usano 5 ha.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="641"/>
        <source>Making the report</source>
        <translation>Preparazione del rapporto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="676"/>
        <source>The minimum mapping unit for change needs the Python package scipy, which cannot be used here ({reason}). Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) or macOS: python3 -m pip install {pip}. Or set the minimum mapping unit to 0.</source>
        <translation>L'unità minima cartografabile dei cambiamenti richiede il pacchetto Python scipy, che qui non è utilizzabile ({reason}). Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) o macOS: python3 -m pip install {pip}. Oppure imposta l'unità minima cartografabile a 0.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="693"/>
        <source>Cell size (the BEFORE grid)</source>
        <translation>Dimensione della cella (la griglia di PRIMA)</translation>
    </message>
</context>
<context>
    <name>LandUseChangeVectorAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="66"/>
        <source>Classifies, area-exact on polygons, what happened to industrial land between two dates, and around it.</source>
        <translation>Classifica sui poligoni, con superfici esatte, che cosa è successo alle aree industriali tra due date, e intorno a esse.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="72"/>
        <source>Land use BEFORE (or a change layer with both dates)</source>
        <translation>Uso del suolo PRIMA (o un layer dei cambiamenti con entrambe le date)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="72"/>
        <source>Land-use polygons at the first date, or a change layer holding the codes of both dates (Urban Atlas change layers: code_2012 and code_2018).</source>
        <translation>Poligoni d'uso del suolo alla prima data, o un layer dei cambiamenti con i codici di entrambe le date (layer dei cambiamenti di Urban Atlas: code_2012 e code_2018).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="83"/>
        <source>Code field BEFORE</source>
        <translation>Campo del codice PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="83"/>
        <source>Field with the land-use code at the first date (whole numbers, or text holding them).</source>
        <translation>Campo con il codice d'uso del suolo alla prima data (numeri interi, o testo che li contiene).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="91"/>
        <source>Code field AFTER, in the same layer</source>
        <translation>Campo del codice DOPO, nello stesso layer</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="91"/>
        <source>For a change layer: the field with the code at the second date. Leave empty with two layers.</source>
        <translation>Per un layer dei cambiamenti: il campo con il codice alla seconda data. Lascialo vuoto con due layer.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="102"/>
        <source>Land use AFTER (second layer, overlaid)</source>
        <translation>Uso del suolo DOPO (secondo layer, sovrapposto)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="102"/>
        <source>Land-use polygons at the second date; overlaid with BEFORE (reprojected to its CRS if needed). Leave empty for a change layer.</source>
        <translation>Poligoni d'uso del suolo alla seconda data; sovrapposti a PRIMA (riproiettati nel suo sistema di riferimento se serve). Lascialo vuoto per un layer dei cambiamenti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="114"/>
        <source>Code field of the AFTER layer</source>
        <translation>Campo del codice del layer DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="114"/>
        <source>Field with the land-use code in the AFTER layer.</source>
        <translation>Campo con il codice d'uso del suolo nel layer DOPO.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="124"/>
        <source>Change types</source>
        <translation>Tipi di cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="124"/>
        <source>Polygons with codes, classes and change type at both dates, split by distance ring (and zone); styled by change type.</source>
        <translation>Poligoni con codici, classi e tipo di cambiamento alle due date, tagliati per fascia di distanza (e zona); con lo stile per tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="156"/>
        <source>The BEFORE layer is missing or invalid.</source>
        <translation>Il layer PRIMA manca o non è valido.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="162"/>
        <source>Choose the code field of the BEFORE layer.</source>
        <translation>Scegli il campo del codice del layer PRIMA.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="164"/>
        <source>Give either the AFTER code field of a change layer, or a second AFTER layer with its code field, not both and not neither.</source>
        <translation>Indica o il campo del codice DOPO di un layer dei cambiamenti, o un secondo layer DOPO con il suo campo del codice: uno dei due, non entrambi né nessuno.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="171"/>
        <source>Choose the code field of the AFTER layer.</source>
        <translation>Scegli il campo del codice del layer DOPO.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="174"/>
        <source>The BEFORE layer is in geographic coordinates ({crs}): areas and distance rings need a projected CRS in metres. Reproject it (Vector &gt; Data Management Tools &gt; Reproject Layer, e.g. to EPSG:3035) first.</source>
        <translation>Il layer PRIMA è in coordinate geografiche ({crs}): superfici e fasce di distanza richiedono un sistema proiettato in metri. Riproiettalo prima (Vettore &gt; Strumenti di gestione dati &gt; Riproietta layer, ad es. in EPSG:3035).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="192"/>
        <source>Reading the land-use polygons</source>
        <translation>Lettura dei poligoni d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="195"/>
        <source>BEFORE</source>
        <translation>PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="209"/>
        <source>The AFTER layer ({a}) was reprojected to the CRS of BEFORE ({b}).</source>
        <translation>Il layer DOPO ({a}) è stato riproiettato nel sistema di riferimento di PRIMA ({b}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="223"/>
        <source>Overlaying BEFORE and AFTER</source>
        <translation>Sovrapposizione di PRIMA e DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="230"/>
        <source>{ha} ha of BEFORE are not covered by AFTER and were left out.</source>
        <translation>{ha} ha di PRIMA non sono coperti da DOPO e sono stati esclusi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="230"/>
        <source>{ha} ha of AFTER are not covered by BEFORE and were left out.</source>
        <translation>{ha} ha di DOPO non sono coperti da PRIMA e sono stati esclusi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="237"/>
        <source>Canceled: no output was written.</source>
        <translation>Annullato: nessun risultato è stato scritto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="238"/>
        <source>Classifying the change</source>
        <translation>Classificazione dei cambiamenti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="272"/>
        <source>Writing the outputs</source>
        <translation>Scrittura dei risultati</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="325"/>
        <source>The rings were drawn around the industrial land of the change layer, which holds only the land that changed between the two dates: industrial land that did not change is not in it, so {share} % of the area falls beyond the last ring ({last} map units). For rings around all industrial land, give the industrial areas in &apos;{parameter}&apos; (e.g. the polygons of code 12100 of the Urban Atlas land-use layer of the BEFORE year).</source>
        <translation>Le fasce sono state tracciate intorno al suolo industriale del layer dei cambiamenti, che contiene solo il suolo cambiato tra le due date: il suolo industriale rimasto invariato non vi compare, quindi il {share} % della superficie cade oltre l'ultima fascia ({last} unità della mappa). Per avere le fasce intorno a tutto il suolo industriale, indica le aree industriali in '{parameter}' (ad es. i poligoni del codice 12100 del layer d'uso del suolo di Urban Atlas dell'anno PRIMA).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="63"/>
        <source>Land-use change (polygons)</source>
        <translation>Cambiamenti d'uso del suolo (poligoni)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="138"/>
        <source>Polygons of the industrial areas and of each distance ring around them, exactly as the pieces were split, to check the rings on the map (off by default).</source>
        <translation>Poligoni delle aree industriali e di ciascuna fascia di distanza intorno a esse, esattamente come sono stati tagliati i pezzi, per verificare le fasce sulla mappa (disattivato per default).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="258"/>
        <source>Making the report</source>
        <translation>Preparazione del rapporto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="260"/>
        <source>Land use BEFORE</source>
        <translation>Uso del suolo PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="261"/>
        <source>Land use AFTER</source>
        <translation>Uso del suolo DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="263"/>
        <source>Areas</source>
        <translation>Superfici</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="263"/>
        <source>exact, from the polygons cut at the ring and zone edges</source>
        <translation>esatte, dai poligoni tagliati ai bordi delle fasce e delle zone</translation>
    </message>
</context>
<context>
    <name>LandscapeMetricsAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="56"/>
        <source>Landscape metrics (FRAGSTATS)</source>
        <translation>Metriche del paesaggio (FRAGSTATS)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="59"/>
        <source>How compact, fragmented or scattered is industrial land? FRAGSTATS metrics per zone.</source>
        <translation>Quanto sono compatte, frammentate o disperse le aree industriali? Metriche FRAGSTATS per zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="63"/>
        <source>Land-use raster</source>
        <translation>Raster d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="63"/>
        <source>Categorical raster (any integer type) in a projected CRS with square cells; its nodata cells are outside the landscape.</source>
        <translation>Raster categorico (qualsiasi tipo intero) in un sistema di riferimento proiettato con celle quadrate; le sue celle nodata sono esterne al paesaggio.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="70"/>
        <source>Polygons (districts, municipalities…): metrics for each, as FRAGSTATS gives them for the raster clipped to the zone (cells whose centre is inside). Without zones: the whole raster.</source>
        <translation>Poligoni (distretti, comuni…): le metriche di ciascuno, come le calcola FRAGSTATS sul raster ritagliato sulla zona (celle con il centro all'interno). Senza zone: l'intero raster.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="79"/>
        <source>Zone name field (with zones)</source>
        <translation>Campo del nome della zona (con le zone)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="79"/>
        <source>Field naming each zone; required when zones are given.</source>
        <translation>Campo che dà il nome a ogni zona; obbligatorio se si indicano le zone.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="88"/>
        <source>How codes map to labels and production classes, as in the land-use change tools. Needed to report production classes.</source>
        <translation>Come i codici corrispondono a etichette e classi produttive, come negli strumenti sui cambiamenti d'uso del suolo. Necessaria per riportare le classi produttive.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="100"/>
        <source>Custom nomenclature (CSV)</source>
        <translation>Nomenclatura personalizzata (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="100"/>
        <source>CSV with columns code, class, label, colour; used with &apos;Custom (CSV)&apos;.</source>
        <translation>CSV con le colonne code, class, label, colour; usato con 'Personalizzata (CSV)'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="109"/>
        <source>Classes are</source>
        <translation>Tipo di classi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="109"/>
        <source>Raster codes</source>
        <translation>Codici del raster</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="109"/>
        <source>Production classes (needs a nomenclature)</source>
        <translation>Classi produttive (richiede una nomenclatura)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="109"/>
        <source>Raster codes: one class per code. Production classes: codes are grouped first by the nomenclature (e.g. CORINE 111 and 112 both count as residential), so a patch spans neighbouring cells of different codes of one class.</source>
        <translation>Codici del raster: una classe per codice. Classi produttive: i codici vengono prima raggruppati secondo la nomenclatura (ad es. CORINE 111 e 112 contano entrambi come residenziale), quindi una macchia può comprendere celle vicine con codici diversi della stessa classe.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="122"/>
        <source>Codes (e.g. 3,4) or production classes (e.g. industrial) for the class and patch tables, separated by commas; empty for all. Landscape metrics always use every class.</source>
        <translation>Codici (ad es. 3,4) o classi produttive (ad es. industrial) per le tabelle delle classi e delle macchie, separati da virgole; vuoto per tutte. Le metriche del paesaggio usano sempre tutte le classi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="129"/>
        <source>Patch neighbourhood</source>
        <translation>Intorno delle macchie</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="129"/>
        <source>8 cells (FRAGSTATS default)</source>
        <translation>8 celle (predefinito di FRAGSTATS)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="129"/>
        <source>4 cells</source>
        <translation>4 celle</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="129"/>
        <source>Cells of one class touching at a corner form one patch with 8 neighbours, two with 4.</source>
        <translation>Celle della stessa classe che si toccano solo per un vertice formano una sola macchia con 8 vicini, due macchie con 4.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="140"/>
        <source>Count the landscape boundary as edge</source>
        <translation>Conta il confine del paesaggio come margine</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="140"/>
        <source>For TE and ED. FRAGSTATS&apos; default is no: the raster or zone border is not a real edge.</source>
        <translation>Per TE ed ED. Il valore predefinito di FRAGSTATS è no: il bordo del raster o della zona non è un vero margine.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="150"/>
        <source>Edge depth for core areas (default one cell)</source>
        <translation>Profondità del margine per le aree core (predefinita: una cella)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="150"/>
        <source>Cells within this distance of another class or of the landscape border are edge, not core (distance between cell centres, at least one cell). Empty: one cell, as FRAGSTATS.</source>
        <translation>Le celle entro questa distanza da un'altra classe o dal confine del paesaggio sono margine, non area core (distanza tra i centri delle celle, almeno una cella). Vuoto: una cella, come in FRAGSTATS.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="163"/>
        <source>Landscape metrics</source>
        <translation>Metriche del paesaggio</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="163"/>
        <source>One row per zone: FRAGSTATS landscape metrics (ha, m, m/ha, %).</source>
        <translation>Una riga per zona: metriche del paesaggio FRAGSTATS (ha, m, m/ha, %).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="172"/>
        <source>Class metrics</source>
        <translation>Metriche delle classi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="172"/>
        <source>One row per zone and class: FRAGSTATS class metrics.</source>
        <translation>Una riga per zona e classe: metriche di classe FRAGSTATS.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="178"/>
        <source>Patches</source>
        <translation>Macchie</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="178"/>
        <source>Polygons of the patches of the reported classes with FRAGSTATS patch metrics.</source>
        <translation>Poligoni delle macchie delle classi riportate, con le metriche di macchia FRAGSTATS.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="196"/>
        <source>land-use</source>
        <translation>d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="198"/>
        <source>The raster has {count} bands: only band 1 is used.</source>
        <translation>Il raster ha {count} bande: si usa solo la banda 1.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="203"/>
        <source>Choose at least one output: landscape metrics, class metrics or patches.</source>
        <translation>Scegli almeno un risultato: metriche del paesaggio, metriche delle classi o macchie.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="224"/>
        <source>A custom nomenclature CSV is given: also set the nomenclature to &apos;Custom (CSV)&apos;.</source>
        <translation>È stato indicato un CSV di nomenclatura personalizzata: imposta anche la nomenclatura su 'Personalizzata (CSV)'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="245"/>
        <source>Production classes need a nomenclature: choose the one of the raster&apos;s codes (e.g. CORINE Land Cover grid codes 1-44), or report raster codes.</source>
        <translation>Le classi produttive richiedono una nomenclatura: scegli quella dei codici del raster (ad es. CORINE Land Cover, codici griglia 1-44) oppure riporta i codici del raster.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="256"/>
        <source>Choose the zone name field for the zones layer.</source>
        <translation>Scegli il campo del nome della zona per il layer delle zone.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="257"/>
        <source>zones</source>
        <translation>zone</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="259"/>
        <source>Zones reprojected from {src} to the raster&apos;s {dst}.</source>
        <translation>Zone riproiettate da {src} a {dst}, il sistema di riferimento del raster.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="270"/>
        <source>The edge depth ({depth}) is less than one cell ({cell} map units): give at least one cell, or leave it empty for FRAGSTATS&apos; default.</source>
        <translation>La profondità del margine ({depth}) è inferiore a una cella ({cell} unità della mappa): indica almeno una cella, o lascia vuoto per il valore predefinito di FRAGSTATS.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="233"/>
        <source>The raster is a change-type raster of the land-use change tools: its values are change types (1 industrial persistence, 8 industrial land take…), not land-use codes. Leave the nomenclature empty and report raster codes: the change types then label the classes.</source>
        <translation>Il raster è un raster dei tipi di cambiamento degli strumenti di cambiamento d'uso del suolo: i suoi valori sono tipi di cambiamento (1 persistenza industriale, 8 consumo di suolo industriale…), non codici d'uso del suolo. Lasciare vuota la nomenclatura e riportare i codici del raster: le classi prendono allora le etichette dei tipi di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="243"/>
        <source>Change-type raster: classes are the change types of land-use change.</source>
        <translation>Raster dei tipi di cambiamento: le classi sono i tipi di cambiamento d'uso del suolo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="334"/>
        <source>Zone &apos;{zone}&apos; has no cell of {classes}: no row for them there (0 ha).</source>
        <translation>La zona '{zone}' non ha celle di {classes}: nessuna riga per loro in quella zona (0 ha).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="70"/>
        <source>Zones</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="88"/>
        <source>Nomenclature</source>
        <translation>Nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="122"/>
        <source>Classes to report</source>
        <translation>Classi da riportare</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="278"/>
        <source>Grid: {cols} × {rows} cells of {cell} map units, origin ({x}, {y}). Compare two dates only on the same grid (reindustria:alignraster puts one date on the other's grid), or areas and patches differ by the grids alone.</source>
        <translation>Griglia: {cols} × {rows} celle di {cell} unità della mappa, origine ({x}, {y}). Confrontare due date solo sulla stessa griglia (reindustria:alignraster porta una data sulla griglia dell'altra), altrimenti aree e macchie differiscono per le sole griglie.</translation>
    </message>
</context>
<context>
    <name>LiveWorkMicrospacesAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="44"/>
        <source>Mixed live-work</source>
        <translation>Misto abitare-lavorare</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="44"/>
        <source>Residential</source>
        <translation>Residenziale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="44"/>
        <source>Productive</source>
        <translation>Produttivo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="44"/>
        <source>Other uses (offices, services)</source>
        <translation>Altri usi (uffici, servizi)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="44"/>
        <source>Buildings of unknown use</source>
        <translation>Edifici di uso sconosciuto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="44"/>
        <source>Activities without buildings</source>
        <translation>Attività senza edifici</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="44"/>
        <source>Empty</source>
        <translation>Vuoto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="367"/>
        <source>Live-work microspaces</source>
        <translation>Microspazi abitare-lavorare</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="118"/>
        <source>Where do housing and small production (crafts, workshops, makers, coworking) mix at fine grain? Floor area by use, GSI/FSI, MXI, land-use mix and dissimilarity per grid cell or block, and the outlines of mixed live-work microspaces.</source>
        <translation>Dove abitazioni e piccola produzione (artigiani, laboratori, maker, coworking) si mescolano a grana fine? Superficie di pavimento per uso, GSI/FSI, MXI, mix degli usi del suolo e dissimilarità per cella della griglia o isolato, e i contorni dei microspazi misti abitare-lavorare.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="128"/>
        <source>Buildings</source>
        <translation>Edifici</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="128"/>
        <source>Building footprints in a projected CRS (a geographic CRS is reprojected to its UTM zone and said so), e.g. the BUILDINGS output of &apos;OSM production spaces&apos;.</source>
        <translation>Impronte degli edifici in un sistema di riferimento proiettato (un sistema geografico viene riproiettato nel suo fuso UTM, e il log lo segnala), ad es. il risultato BUILDINGS di 'Spazi produttivi da OpenStreetMap'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="137"/>
        <source>Use field</source>
        <translation>Campo dell'uso</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="137"/>
        <source>Field with each building's use: OSM building values (apartments, house, industrial, warehouse, office, retail…), production classes (production_class of 'OSM production spaces') or values of your own mapping CSV. Unknown values count as unknown use.</source>
        <translation>Campo con l'uso di ogni edificio: valori OSM di building (apartments, house, industrial, warehouse, office, retail…), classi produttive (production_class di 'Spazi produttivi da OpenStreetMap') o valori del tuo CSV di corrispondenza. I valori sconosciuti contano come uso sconosciuto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="147"/>
        <source>Levels field</source>
        <translation>Campo dei piani</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="147"/>
        <source>Field with the number of levels above ground (OSM building:levels). Empty, zero or unreadable values take the default number of levels.</source>
        <translation>Campo con il numero di piani fuori terra (OSM building:levels). I valori vuoti, zero o non leggibili prendono il numero di piani predefinito.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="159"/>
        <source>Default number of levels</source>
        <translation>Numero di piani predefinito</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="159"/>
        <source>Levels assumed where the levels field is empty (or without a levels field). 1 takes the footprint as floor area; raise it for dense centres (e.g. 4 in a historic centre). The units&apos; levels_assumed_pct and the summary say how much floor area rests on it.</source>
        <translation>Piani assunti dove il campo dei piani è vuoto (o senza un campo dei piani). Con 1 la superficie di pavimento è l'impronta; alzalo per i centri densi (ad es. 4 in un centro storico). La colonna levels_assumed_pct delle unità e il riepilogo dicono quanta superficie di pavimento dipende da questo valore.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="169"/>
        <source>Use mapping CSV (default: the OSM preset)</source>
        <translation>CSV di corrispondenza degli usi (predefinito: il preset OSM)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="169"/>
        <source>CSV with columns key, value, production_class mapping uses and activities to the classes industrial, craft, coworking, office, services, residential, other, unknown. Default: processing/presets/osm_production_tags.csv in the plugin folder; copy and edit it.</source>
        <translation>CSV con le colonne key, value, production_class che associa usi e attività alle classi industrial, craft, coworking, office, services, residential, other, unknown. Predefinito: processing/presets/osm_production_tags.csv nella cartella del plugin; copialo e modificalo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="182"/>
        <source>Activities (optional)</source>
        <translation>Attività (facoltativo)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="182"/>
        <source>Points or polygons of firms and activities: crafts, workshops, makers, coworking, offices, shops (OSM, a business register). Polygons count at a point inside them.</source>
        <translation>Punti o poligoni di imprese e attività: artigiani, laboratori, maker, coworking, uffici, negozi (OSM, un registro delle imprese). I poligoni contano in un loro punto interno.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="194"/>
        <source>Activity field</source>
        <translation>Campo dell'attività</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="194"/>
        <source>Field with each activity's kind: OSM values (a field named craft, office, shop… classes every value of that key), production classes, ATECO 2007 codes (13.20), or OSM tag objects (the 'tags' of an Overpass GeoJSON export).</source>
        <translation>Campo con il tipo di ogni attività: valori OSM (un campo chiamato craft, office, shop… classifica ogni valore di quella chiave), classi produttive, codici ATECO 2007 (13.20) oppure oggetti di tag OSM (i 'tags' di un'esportazione GeoJSON di Overpass).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="207"/>
        <source>Residents (optional)</source>
        <translation>Residenti (facoltativo)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="207"/>
        <source>Points or polygons with a population (census sections: split among units by area).</source>
        <translation>Punti o poligoni con una popolazione (sezioni di censimento: ripartite tra le unità in proporzione alla superficie).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="216"/>
        <source>Population field</source>
        <translation>Campo della popolazione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="216"/>
        <source>Field with the number of residents.</source>
        <translation>Campo con il numero di residenti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="225"/>
        <source>Units: your polygons instead of a grid (optional)</source>
        <translation>Unità: i tuoi poligoni al posto di una griglia (facoltativo)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="225"/>
        <source>Blocks, census sections or other polygons to use as units instead of a grid.</source>
        <translation>Isolati, sezioni di censimento o altri poligoni da usare come unità al posto di una griglia.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="234"/>
        <source>Unit identifier field</source>
        <translation>Campo identificativo dell'unità</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="234"/>
        <source>Field naming each unit (e.g. the census section code); default: the feature id. Microspace ids derive from it.</source>
        <translation>Campo con il nome di ogni unità (ad es. il codice della sezione di censimento); predefinito: l'id dell'elemento. Gli identificativi dei microspazi derivano da questo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="246"/>
        <source>Grid cell size</source>
        <translation>Lato della cella della griglia</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="246"/>
        <source>Side of the square cells, in the buildings&apos; CRS units (hexagons get the same area). 100 m resolves a block; 50 m a few buildings. Ignored with units of your own.</source>
        <translation>Lato delle celle quadrate, nelle unità del sistema di riferimento degli edifici (gli esagoni hanno la stessa area). 100 m distinguono un isolato; 50 m pochi edifici. Ignorato con unità tue.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="259"/>
        <source>Grid shape</source>
        <translation>Forma della griglia</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="259"/>
        <source>Square</source>
        <translation>Quadrato</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="259"/>
        <source>Hexagon</source>
        <translation>Esagono</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="259"/>
        <source>Square cells, or hexagons (six equal neighbours, no corner contacts).</source>
        <translation>Celle quadrate, o esagoni (sei vicini uguali, nessun contatto per vertice).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="268"/>
        <source>Units closer than this are neighbours</source>
        <translation>Unità più vicine di così sono confinanti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="268"/>
        <source>For units of your own: blocks separated by streets do not touch; e.g. 20 m makes blocks across a street neighbours, so a mixed area spanning a street is one microspace. Grid cells are neighbours by edge or corner.</source>
        <translation>Per le tue unità: gli isolati separati da strade non si toccano; ad es. 20 m rendono confinanti gli isolati ai due lati di una strada, così un'area mista a cavallo di una strada forma un solo microspazio. Le celle della griglia confinano per lato o per vertice.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="282"/>
        <source>MXI band for mixed: minimum (% housing)</source>
        <translation>Fascia MXI del misto: minimo (% di abitazioni)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="282"/>
        <source>MXI = housing floor area / all floor area of known use × 100 (van den Hoek 2008). His mixed band is 20-80 %: below 20 % housing is a work area, above 80 % a housing area.</source>
        <translation>MXI = superficie di pavimento residenziale / superficie di pavimento totale di uso noto × 100 (van den Hoek 2008). La sua fascia mista è 20-80 %: sotto il 20 % di abitazioni è un'area di lavoro, sopra l'80 % un'area residenziale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="297"/>
        <source>MXI band for mixed: maximum (% housing)</source>
        <translation>Fascia MXI del misto: massimo (% di abitazioni)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="297"/>
        <source>Upper end of the mixed band (see the minimum).</source>
        <translation>Estremo superiore della fascia mista (vedi il minimo).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="309"/>
        <source>Minimum productive floor (% of known floor)</source>
        <translation>Superficie produttiva minima (% della superficie di uso noto)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="309"/>
        <source>A unit in the MXI band is mixed live-work only if industrial, craft or coworking floor reaches this share (offices and shops alone make a mixed-use unit, not a live-work one).</source>
        <translation>Un'unità nella fascia MXI è mista abitare-lavorare solo se la superficie di industria, artigianato o coworking raggiunge questa quota (uffici e negozi da soli fanno un'unità a uso misto, non abitare-lavorare).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="324"/>
        <source>Minimum productive activities</source>
        <translation>Attività produttive minime</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="324"/>
        <source>A unit with at least MXI-minimum % housing is also mixed live-work when it holds this many productive activities (crafts, workshops, coworking: often in the ground floors of housing, which floor area alone misses).</source>
        <translation>Un'unità con almeno l'MXI minimo % di abitazioni è mista abitare-lavorare anche quando contiene almeno questo numero di attività produttive (artigiani, laboratori, coworking: spesso ai piani terra delle abitazioni, che la sola superficie di pavimento non vede).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="339"/>
        <source>Keep only significant clusters (Gi* level, 0 = off)</source>
        <translation>Tieni solo i cluster significativi (livello del Gi*, 0 = spento)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="339"/>
        <source>With e.g. 0.05: Getis-Ord Gi* of the land-use mix is computed (columns gi_z, gi_p) and a unit stays mixed live-work only inside a hot spot (z &gt; 0, one-tailed p below the level). No correction for multiple tests: read small clusters with care.</source>
        <translation>Con ad es. 0,05: si calcola il Gi* di Getis-Ord del mix degli usi del suolo (colonne gi_z, gi_p) e un'unità resta mista abitare-lavorare solo dentro un punto caldo (z &gt; 0, p a una coda sotto il livello). Nessuna correzione per i test multipli: leggi con cautela i cluster piccoli.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="355"/>
        <source>Units with live-work indicators</source>
        <translation>Unità con indicatori abitare-lavorare</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="355"/>
        <source>Every unit with floor areas by use (m²), GSI, FSI, MXI, mix_entropy, dissimilarity, activity counts, class and microspace_id; coloured by class.</source>
        <translation>Ogni unità con le superfici di pavimento per uso (m²), GSI, FSI, MXI, mix_entropy, dissimilarity, i conteggi delle attività, class e microspace_id; colorate per classe.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="367"/>
        <source>Neighbouring mixed live-work units merged: id (stable across runs), area, buildings, floor by use, MXI, activities and the main activity kinds; drawn as outlines.</source>
        <translation>Unità miste abitare-lavorare confinanti unite: id (stabile tra un'esecuzione e l'altra), superficie, edifici, superficie di pavimento per uso, MXI, attività e i principali tipi di attività; disegnati come contorni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="379"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="379"/>
        <source>One row: units per class, microspaces and their area, shares, and how many buildings had an unknown use or assumed levels.</source>
        <translation>Una riga: unità per classe, microspazi e la loro superficie, quote, e quanti edifici avevano un uso sconosciuto o piani assunti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="388"/>
        <source>Number of microspaces</source>
        <translation>Numero di microspazi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="389"/>
        <source>Mixed live-work units</source>
        <translation>Unità miste abitare-lavorare</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="399"/>
        <source>Choose at least one output: units, microspaces or summary.</source>
        <translation>Scegli almeno un risultato: unità, microspazi o riepilogo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="406"/>
        <source>The buildings layer is missing or invalid.</source>
        <translation>Il layer degli edifici manca o non è valido.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="410"/>
        <source>Choose the use field of the buildings.</source>
        <translation>Scegli il campo dell'uso degli edifici.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="414"/>
        <source>The levels field must differ from the use field.</source>
        <translation>Il campo dei piani deve essere diverso dal campo dell'uso.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="419"/>
        <source>Choose the activity field of the activities layer (e.g. craft, or production_class).</source>
        <translation>Scegli il campo dell'attività del layer delle attività (ad es. craft, o production_class).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="427"/>
        <source>Choose the population field of the residents layer.</source>
        <translation>Scegli il campo della popolazione del layer dei residenti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="431"/>
        <source>units</source>
        <translation>unità</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="450"/>
        <source>buildings</source>
        <translation>edifici</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="456"/>
        <source>activities</source>
        <translation>attività</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="468"/>
        <source>residents</source>
        <translation>residenti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="499"/>
        <source>{units} units: {mixed} mixed live-work, {res} residential, {prod} productive, {other} other, {unknown} of unknown use, {only} with activities but no buildings, {empty} empty; {spaces} microspaces.</source>
        <translation>{units} unità: {mixed} miste abitare-lavorare, {res} residenziali, {prod} produttive, {other} altre, {unknown} di uso sconosciuto, {only} con attività ma senza edifici, {empty} vuote; {spaces} microspazi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="588"/>
        <source>The units layer has no features with a geometry (check the selection or the filter).</source>
        <translation>Il layer delle unità non ha elementi con geometria (controlla la selezione o il filtro).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="594"/>
        <source>The unit identifier field &apos;{field}&apos; repeats values: choose a field that names each unit once, or none (the feature id).</source>
        <translation>Il campo identificativo dell'unità '{field}' ha valori ripetuti: scegli un campo che nomini ogni unità una sola volta, o nessuno (l'id dell'elemento).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/livework_microspaces.py" line="560"/>
        <source>{name}: {count} features read by {reader}.</source>
        <translation>{name}: {count} elementi letti da {reader}.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../reindustria_plugin/gui/options_page.py" line="34"/>
        <source>Overpass API endpoint (OpenStreetMap downloads)</source>
        <translation>Endpoint dell'API Overpass (download da OpenStreetMap)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/options_page.py" line="56"/>
        <source>CORINE Land Cover {year}: layer URL (ArcGIS REST)</source>
        <translation>CORINE Land Cover {year}: URL del layer (ArcGIS REST)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/options_page.py" line="89"/>
        <source>Download endpoints and other settings</source>
        <translation>Endpoint di download e altre impostazioni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/options_page.py" line="106"/>
        <source>Default: {default}. Leave empty to use the default.</source>
        <translation>Predefinito: {default}. Lascia vuoto per usare il valore predefinito.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/options_page.py" line="113"/>
        <source>Use the default</source>
        <translation>Usa il valore predefinito</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/options_page.py" line="114"/>
        <source>Use the default for {setting}</source>
        <translation>Usa il valore predefinito per {setting}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/options_page.py" line="157"/>
        <source>Not an http(s) address: the default will be used.</source>
        <translation>Non è un indirizzo http(s): verrà usato il valore predefinito.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/options_page.py" line="189"/>
        <source>ReIndustria</source>
        <translation>ReIndustria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/options_page.py" line="37"/>
        <source>Folder of your own case files (Cases panel)</source>
        <translation>Cartella dei tuoi file di casi (pannello dei casi)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/options_page.py" line="41"/>
        <source>A folder of case files (*.json, as in the plugin&apos;s resources/cases) read besides the cases shipped with the plugin, outside the plugin folder that an update overwrites. Empty: only the shipped cases.</source>
        <translation>Una cartella di file di casi (*.json, come in resources/cases del plugin) letta oltre ai casi forniti con il plugin, fuori dalla cartella del plugin che un aggiornamento sovrascrive. Vuoto: solo i casi forniti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/options_page.py" line="125"/>
        <source>Choose a folder…</source>
        <translation>Scegli una cartella…</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/options_page.py" line="141"/>
        <source>The download tools of ReIndustria read these settings when they run, the Cases panel reads the case folder when you press OK. An empty field uses the default shown in it.</source>
        <translation>Gli strumenti di download di ReIndustria leggono queste impostazioni quando vengono eseguiti, il pannello dei casi legge la cartella dei casi quando premi OK. Un campo vuoto usa il valore predefinito che vi è mostrato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/options_page.py" line="161"/>
        <source>This folder does not exist: the Cases panel will say so until it does.</source>
        <translation>Questa cartella non esiste: il pannello dei casi lo segnalerà finché non esisterà.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/options_page.py" line="168"/>
        <source>Folder of your own case files</source>
        <translation>Cartella dei tuoi file di casi</translation>
    </message>
</context>
<context>
    <name>OsmProductionSpacesAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="53"/>
        <source>Production spaces from OpenStreetMap</source>
        <translation>Spazi produttivi da OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="56"/>
        <source>Buildings and production activities (industry, crafts, coworking, offices, services) with a production class from an OSM extract, in a metric CRS.</source>
        <translation>Edifici e attività produttive (industria, artigianato, coworking, uffici, servizi) con una classe produttiva da un estratto OSM, in un sistema di riferimento metrico.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="63"/>
        <source>OpenStreetMap file (.osm, .osm.pbf)</source>
        <translation>File OpenStreetMap (.osm, .osm.pbf)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="63"/>
        <source>OpenStreetMap files (*.osm *.pbf *.OSM *.PBF);;All files (*.*)</source>
        <translation>File OpenStreetMap (*.osm *.pbf *.OSM *.PBF);;Tutti i file (*.*)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="63"/>
        <source>An OSM extract in XML (.osm) or PBF (.osm.pbf): from Geofabrik, BBBike, Protomaps or an Overpass query in XML with the nodes of every way. Read with GDAL&apos;s OSM driver, keeping every tag.</source>
        <translation>Un estratto OSM in XML (.osm) o PBF (.osm.pbf): da Geofabrik, BBBike, Protomaps o un'interrogazione Overpass in XML con i nodi di ogni way. Letto con il driver OSM di GDAL, conservando ogni tag.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="76"/>
        <source>Tag mapping (CSV)</source>
        <translation>Corrispondenza dei tag (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="76"/>
        <source>CSV with the columns key, value, production_class that gives OSM tags their production class. Empty: the preset processing/presets/osm_production_tags.csv in the plugin folder; copy it, edit the copy and give it here.</source>
        <translation>CSV con le colonne key, value, production_class che assegna ai tag OSM la loro classe produttiva. Vuoto: il preset processing/presets/osm_production_tags.csv nella cartella del plugin; copialo, modifica la copia e indicala qui.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="89"/>
        <source>Output CRS</source>
        <translation>Sistema di riferimento dei risultati</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="89"/>
        <source>A projected CRS in metres for both outputs. Empty: the UTM zone of the centre of the data (WGS 84, EPSG:326xx north of the equator, EPSG:327xx south).</source>
        <translation>Un sistema di riferimento proiettato in metri per entrambi i risultati. Vuoto: il fuso UTM del centro dei dati (WGS 84, EPSG:326xx a nord dell'equatore, EPSG:327xx a sud).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="96"/>
        <source>Buildings</source>
        <translation>Edifici</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="96"/>
        <source>Building polygons: osm_id, production_class, building, levels (from building:levels), name, tags (every OSM tag as JSON); styled by production class.</source>
        <translation>Poligoni degli edifici: osm_id, production_class, building, levels (da building:levels), name, tags (tutti i tag OSM come JSON); con lo stile per classe produttiva.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="109"/>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="109"/>
        <source>Points of production activities (nodes, and polygons at a point inside them): osm_id, production_class, activity_key and activity_value (the tag that decided), name, tags; styled by production class.</source>
        <translation>Punti delle attività produttive (nodi, e poligoni in un loro punto interno): osm_id, production_class, activity_key e activity_value (il tag che ha deciso), name, tags; con lo stile per classe produttiva.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="125"/>
        <source>CRS of the outputs</source>
        <translation>Sistema di riferimento dei risultati</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="126"/>
        <source>Number of buildings</source>
        <translation>Numero di edifici</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="127"/>
        <source>Number of activities</source>
        <translation>Numero di attività</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="137"/>
        <source>Choose at least one output: the buildings, the activities or both.</source>
        <translation>Scegli almeno un risultato: gli edifici, le attività o entrambi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="147"/>
        <source>The output CRS {crs} is geographic (degrees): choose a projected CRS in metres, or leave it empty for the UTM zone of the data.</source>
        <translation>Il sistema di riferimento dei risultati {crs} è geografico (gradi): scegli un sistema proiettato in metri, o lascialo vuoto per il fuso UTM dei dati.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="156"/>
        <source>Data: {attribution}</source>
        <translation>Dati: {attribution}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="159"/>
        <source>Read {points} nodes with tags and {polygons} polygons in {seconds} s.</source>
        <translation>Letti {points} nodi con tag e {polygons} poligoni in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="166"/>
        <source>Classifying the buildings and activities</source>
        <translation>Classificazione degli edifici e delle attività</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="182"/>
        <source>Output CRS: {crs} ({name}), the UTM zone of the data.</source>
        <translation>Sistema di riferimento dei risultati: {crs} ({name}), il fuso UTM dei dati.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="189"/>
        <source>Production spaces from OpenStreetMap ({file}), classed with {mapping}.</source>
        <translation>Spazi produttivi da OpenStreetMap ({file}), classificati con {mapping}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="199"/>
        <source>Writing the outputs</source>
        <translation>Scrittura dei risultati</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="229"/>
        <source>Done in {seconds} s.</source>
        <translation>Completato in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="236"/>
        <source>Buildings: {total} ({classes}).</source>
        <translation>Edifici: {total} ({classes}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_production_spaces.py" line="236"/>
        <source>Activities: {total} ({classes}).</source>
        <translation>Attività: {total} ({classes}).</translation>
    </message>
</context>
<context>
    <name>ReIndustriaPlugin</name>
    <message>
        <location filename="../reindustria_plugin/plugin.py" line="69"/>
        <source>ReIndustria</source>
        <translation>ReIndustria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/plugin.py" line="51"/>
        <source>ReIndustria: the Python package &apos;{name}&apos; cannot be used ({why}). The algorithms that need it will not run. Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) or macOS: python3 -m pip install {pip}.</source>
        <translation>ReIndustria: il pacchetto Python '{name}' non è utilizzabile ({why}). Gli algoritmi che ne hanno bisogno non verranno eseguiti. Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) o macOS: python3 -m pip install {pip}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/plugin.py" line="56"/>
        <source>not installed</source>
        <translation>non installato</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/plugin.py" line="91"/>
        <source>ReIndustria tools</source>
        <translation>Strumenti ReIndustria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/plugin.py" line="108"/>
        <source>Cases panel</source>
        <translation>Pannello dei casi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/plugin.py" line="109"/>
        <source>Indicators panel</source>
        <translation>Pannello degli indicatori</translation>
    </message>
</context>
<context>
    <name>ReIndustriaProvider</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/provider.py" line="26"/>
        <source>ReIndustria – spatial analysis of production spaces</source>
        <translation>ReIndustria – analisi spaziale degli spazi della produzione</translation>
    </message>
</context>
<context>
    <name>SpecialisationAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="46"/>
        <source>under half the reference (lq &lt; 0.5)</source>
        <translation>meno della metà del riferimento (lq &lt; 0,5)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="46"/>
        <source>below the reference (0.5 – 0.8)</source>
        <translation>sotto il riferimento (0,5 – 0,8)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="46"/>
        <source>about the reference (0.8 – 1.25)</source>
        <translation>circa come il riferimento (0,8 – 1,25)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="46"/>
        <source>above the reference (1.25 – 2)</source>
        <translation>sopra il riferimento (1,25 – 2)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="46"/>
        <source>specialised: twice the reference or more</source>
        <translation>specializzato: il doppio del riferimento o più</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="81"/>
        <source>Codes as given</source>
        <translation>Codici così come sono</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="82"/>
        <source>ATECO 2007 section (letter)</source>
        <translation>Sezione ATECO 2007 (lettera)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="83"/>
        <source>ATECO 2007 division (2 digits)</source>
        <translation>Divisione ATECO 2007 (2 cifre)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="84"/>
        <source>ATECO 2007 group (3 digits)</source>
        <translation>Gruppo ATECO 2007 (3 cifre)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="85"/>
        <source>ATECO 2007 class (4 digits)</source>
        <translation>Classe ATECO 2007 (4 cifre)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="106"/>
        <source>no employment data</source>
        <translation>nessun dato sugli addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="149"/>
        <source>Economic specialisation</source>
        <translation>Specializzazione economica</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="152"/>
        <source>Which sectors is each area specialised in, and how concentrated is each sector? Location quotients, Krugman, Herfindahl, locational Gini and Ellison-Glaeser from employment data.</source>
        <translation>In quali settori è specializzata ogni area, e quanto è concentrato ogni settore? Quozienti di localizzazione, Krugman, Herfindahl, Gini di localizzazione ed Ellison-Glaeser a partire dai dati sugli addetti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="159"/>
        <source>Employment table</source>
        <translation>Tabella degli addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="159"/>
        <source>A table or layer with one row per area and sector (e.g. employees by comune and ATECO division), or one row per firm or local unit. Rows of the same area and sector add up.</source>
        <translation>Una tabella o un layer con una riga per area e settore (ad es. addetti per comune e divisione ATECO), oppure una riga per impresa o unità locale. Le righe della stessa area e dello stesso settore si sommano.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="168"/>
        <source>Area field</source>
        <translation>Campo dell'area</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="168"/>
        <source>Field naming the area (comune, labour system, district) of each row.</source>
        <translation>Campo con il nome dell'area (comune, sistema locale del lavoro, distretto) di ogni riga.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="174"/>
        <source>Sector field</source>
        <translation>Campo del settore</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="174"/>
        <source>Field with the sector code of each row (e.g. ATECO 2007 code 13.20); text is best.</source>
        <translation>Campo con il codice del settore di ogni riga (ad es. il codice ATECO 2007 13.20); meglio se di tipo testo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="180"/>
        <source>Employees field</source>
        <translation>Campo degli addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="180"/>
        <source>Field with the number of employees (addetti). Empty values are counted and left out; negative values are refused.</source>
        <translation>Campo con il numero di addetti. I valori vuoti vengono contati ed esclusi; i valori negativi sono rifiutati.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="189"/>
        <source>Firm field (rows are firms)</source>
        <translation>Campo dell'impresa (righe = imprese)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="189"/>
        <source>When each row is a firm or a local unit: the field identifying it. Enables the plant Herfindahl H and the Ellison-Glaeser γ; rows of one firm in one sector form one plant.</source>
        <translation>Quando ogni riga è un'impresa o un'unità locale: il campo che la identifica. Permette l'Herfindahl degli impianti H e il γ di Ellison-Glaeser; le righe di una stessa impresa in uno stesso settore formano un solo impianto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="201"/>
        <source>Sector level</source>
        <translation>Livello dei settori</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="201"/>
        <source>Codes as given: every distinct value is a sector. An ATECO 2007 level: codes such as 13.20.00, 1320 or C13 are aggregated to that level with the ISTAT classification; codes that are not ATECO 2007 codes are counted, reported and left out.</source>
        <translation>Codici così come sono: ogni valore distinto è un settore. Un livello ATECO 2007: codici come 13.20.00, 1320 o C13 vengono aggregati a quel livello con la classificazione ISTAT; i codici che non sono codici ATECO 2007 vengono contati, segnalati ed esclusi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="214"/>
        <source>All-sector employment per area</source>
        <translation>Addetti di tutti i settori per area</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="214"/>
        <source>When the employment table lists only some sectors (e.g. manufacturing firms): a table with the total employment of every area, all sectors together. Quotients are then shares of that total.</source>
        <translation>Quando la tabella degli addetti elenca solo alcuni settori (ad es. imprese manifatturiere): una tabella con gli addetti totali di ogni area, tutti i settori insieme. I quozienti sono allora quote di quel totale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="227"/>
        <source>Area field of the totals</source>
        <translation>Campo dell'area dei totali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="227"/>
        <source>Field of the totals table naming the area, spelled as in the employment table.</source>
        <translation>Campo della tabella dei totali con il nome dell'area, scritto come nella tabella degli addetti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="236"/>
        <source>Total employment field</source>
        <translation>Campo degli addetti totali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="236"/>
        <source>Field of the totals table with the area&apos;s employees in all sectors.</source>
        <translation>Campo della tabella dei totali con gli addetti dell'area in tutti i settori.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="245"/>
        <source>Area polygons (to map one sector)</source>
        <translation>Poligoni delle aree (per mappare un settore)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="245"/>
        <source>Polygons of the areas (e.g. comuni), to map the location quotient of one sector.</source>
        <translation>Poligoni delle aree (ad es. comuni), per mappare il quoziente di localizzazione di un settore.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="254"/>
        <source>Area identifier field of the polygons</source>
        <translation>Campo identificativo dell'area dei poligoni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="254"/>
        <source>Field of the polygons with the area names or codes used in the employment table.</source>
        <translation>Campo dei poligoni con i nomi o i codici delle aree usati nella tabella degli addetti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="263"/>
        <source>Sector to map</source>
        <translation>Settore da mappare</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="263"/>
        <source>The sector whose location quotient is mapped, e.g. 13 (textiles) or 23 (ceramics).</source>
        <translation>Il settore di cui si mappa il quoziente di localizzazione, ad es. 13 (tessile) o 23 (ceramica).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="267"/>
        <source>Location quotients</source>
        <translation>Quozienti di localizzazione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="267"/>
        <source>One row per area and sector: employees, shares and location quotient.</source>
        <translation>Una riga per area e settore: addetti, quote e quoziente di localizzazione.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="273"/>
        <source>Area specialisation indices</source>
        <translation>Indici di specializzazione delle aree</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="273"/>
        <source>One row per area: Krugman dissimilarity, Herfindahl, number of sectors, main sector.</source>
        <translation>Una riga per area: dissimilarità di Krugman, Herfindahl, numero di settori, settore principale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="281"/>
        <source>Sector concentration indices</source>
        <translation>Indici di concentrazione dei settori</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="281"/>
        <source>One row per sector: locational Gini and Ellison-Glaeser G, H and γ.</source>
        <translation>Una riga per settore: Gini di localizzazione e G, H e γ di Ellison-Glaeser.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="287"/>
        <source>Mapped location quotient</source>
        <translation>Quoziente di localizzazione mappato</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="287"/>
        <source>The area polygons with the mapped sector&apos;s employees and location quotient, coloured blue below 1 and red above.</source>
        <translation>I poligoni delle aree con gli addetti e il quoziente di localizzazione del settore mappato, colorati in blu sotto 1 e in rosso sopra.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="311"/>
        <source>Choose at least one output: location quotients, area indices, sector indices or the mapped location quotient.</source>
        <translation>Scegli almeno un risultato: quozienti di localizzazione, indici delle aree, indici dei settori o quoziente di localizzazione mappato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="322"/>
        <source>The mapped location quotient needs the area polygons: give them, or leave it out.</source>
        <translation>Il quoziente di localizzazione mappato richiede i poligoni delle aree: indicali, oppure rinuncia a quel risultato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="328"/>
        <source>Choose the area identifier field of the polygons.</source>
        <translation>Scegli il campo identificativo dell'area dei poligoni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="330"/>
        <source>Give the sector to map (e.g. 13 for textiles, 23 for ceramics).</source>
        <translation>Indica il settore da mappare (ad es. 13 per il tessile, 23 per la ceramica).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="333"/>
        <source>area polygons</source>
        <translation>poligoni delle aree</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="335"/>
        <source>Area polygons are given but the mapped location quotient is not asked for: no map.</source>
        <translation>Sono indicati i poligoni delle aree ma non è richiesto il quoziente di localizzazione mappato: nessuna mappa.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="342"/>
        <source>The employment table is missing or invalid.</source>
        <translation>La tabella degli addetti manca o non è valida.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="349"/>
        <source>The area, sector and employees fields must be three different fields.</source>
        <translation>I campi dell'area, del settore e degli addetti devono essere tre campi diversi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="355"/>
        <source>The firm field must differ from the area, sector and employees fields.</source>
        <translation>Il campo dell'impresa deve essere diverso dai campi dell'area, del settore e degli addetti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="69"/>
        <source>The sector field holds numbers: ATECO codes lose their leading zeros (01, 02, 03 read as 1, 2, 3) and trailing zeros after the dot (13.20 reads as 13.2). Store the codes as text.</source>
        <translation>Il campo del settore contiene numeri: i codici ATECO perdono gli zeri iniziali (01, 02, 03 letti come 1, 2, 3) e gli zeri finali dopo il punto (13.20 letto come 13.2). Conserva i codici come testo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="363"/>
        <source>employment table</source>
        <translation>tabella degli addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="364"/>
        <source>Employment table: {rows} rows read.</source>
        <translation>Tabella degli addetti: {rows} righe lette.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="373"/>
        <source>Choose the area field and the total employment field of the all-sector totals.</source>
        <translation>Scegli il campo dell'area e il campo degli addetti totali della tabella dei totali di tutti i settori.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="376"/>
        <source>totals table</source>
        <translation>tabella dei totali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="402"/>
        <source>{areas} areas, {sectors} sectors, {employees} employees in the reference economy.</source>
        <translation>{areas} aree, {sectors} settori, {employees} addetti nell'economia di riferimento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="425"/>
        <source>Mapped sector: {code} {title}.</source>
        <translation>Settore mappato: {code} {title}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/specialisation.py" line="470"/>
        <source>The area polygons already have a field named lq: the quotient is in &apos;{name}&apos;.</source>
        <translation>I poligoni delle aree hanno già un campo chiamato lq: il quoziente è in '{name}'.</translation>
    </message>
</context>
<context>
    <name>adapters</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="28"/>
        <source>The {name} raster layer is missing or invalid.</source>
        <translation>Il layer raster {name} manca o non è valido.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="56"/>
        <source>The {name} layer must contain polygons.</source>
        <translation>Il layer {name} deve contenere poligoni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="34"/>
        <source>The {name} layer comes from the '{provider}' provider: save it as a GeoTIFF first (right click &gt; Export &gt; Save As…).</source>
        <translation>Il layer {name} proviene dal provider '{provider}': salvalo prima come GeoTIFF (clic destro &gt; Esporta &gt; Salva come…).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="42"/>
        <source>The {name} raster has no coordinate reference system. Assign one (Raster &gt; Projections &gt; Assign Projection) and run again.</source>
        <translation>Il raster {name} non ha un sistema di riferimento. Assegnane uno (Raster &gt; Proiezioni &gt; Assegna proiezione) ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="62"/>
        <source>The {name} layer has no coordinate reference system: set its CRS (Layer Properties &gt; Source) and run again.</source>
        <translation>Il layer {name} non ha un sistema di riferimento: impostalo (Proprietà layer &gt; Sorgente) ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="159"/>
        <source>The {name} layer has no features with a geometry (check the selection or the filter).</source>
        <translation>Il layer {name} non ha elementi con geometria (controlla la selezione o il filtro).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="142"/>
        <source>Reading {name}: {done} of {total} features</source>
        <translation>Lettura di {name}: {done} di {total} elementi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="345"/>
        <source>The field &apos;{field}&apos; is not in the {name}.</source>
        <translation>Il campo '{field}' non è in {name}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="364"/>
        <source>The {name} has no rows (check the selection or the filter).</source>
        <translation>{name}: nessuna riga (controlla la selezione o il filtro).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="495"/>
        <source>The folder of these outputs does not exist: {outputs}. Create it or choose another.</source>
        <translation>La cartella di questi risultati non esiste: {outputs}. Creala o scegline un'altra.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="71"/>
        <source>The field &apos;{field}&apos; is not in the {name} layer. Its fields: {fields}.</source>
        <translation>Il campo '{field}' non è nel layer {name}. I suoi campi: {fields}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="307"/>
        <source>The {name} layer has {count} broken geometries (e.g. rings of fewer than four points): {repaired} repaired, {dropped} left out.</source>
        <translation>Il layer {name} ha {count} geometrie danneggiate (ad es. anelli con meno di quattro punti): {repaired} riparate, {dropped} escluse.</translation>
    </message>
</context>
<context>
    <name>analysis</name>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_tables.py" line="44"/>
        <source>Ring distances must be positive and increasing, e.g. 250,500,1000 (got {rings}).</source>
        <translation>Le distanze delle fasce devono essere positive e crescenti, ad es. 250,500,1000 (ricevuto {rings}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="102"/>
        <source>Cannot read the BEFORE raster {path}: {err}</source>
        <translation>Impossibile leggere il raster PRIMA {path}: {err}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="111"/>
        <source>Cannot read the AFTER raster {path}: {err}</source>
        <translation>Impossibile leggere il raster DOPO {path}: {err}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="831"/>
        <source>nodata in BEFORE</source>
        <translation>nodata in PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="831"/>
        <source>nodata in AFTER</source>
        <translation>nodata in DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="618"/>
        <source>a &apos;no data&apos; class of the nomenclature</source>
        <translation>una classe 'senza dati' della nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="837"/>
        <source>{cells} cells ({ha} ha) were excluded: {why}.</source>
        <translation>{cells} celle ({ha} ha) sono state escluse: {why}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="21"/>
        <source>Industrial and productive</source>
        <translation>Industriale e produttivo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="22"/>
        <source>Commercial and services</source>
        <translation>Commercio e servizi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="23"/>
        <source>Residential</source>
        <translation>Residenziale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="24"/>
        <source>Vacant, construction, brownfield</source>
        <translation>Aree vuote, cantieri, dismesse</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="25"/>
        <source>Infrastructure, extraction, dumps</source>
        <translation>Infrastrutture, cave, discariche</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="26"/>
        <source>Green, agricultural and natural</source>
        <translation>Verde, agricolo e naturale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="27"/>
        <source>Water</source>
        <translation>Acque</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="45"/>
        <source>No change</source>
        <translation>Nessun cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="46"/>
        <source>Industrial persistence</source>
        <translation>Persistenza industriale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="49"/>
        <source>De-industrialisation to residential</source>
        <translation>Deindustrializzazione verso residenza</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="55"/>
        <source>De-industrialisation to commercial and services</source>
        <translation>Deindustrializzazione verso commercio e servizi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="61"/>
        <source>De-industrialisation to vacancy or brownfield</source>
        <translation>Deindustrializzazione verso aree vuote o dismesse</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="67"/>
        <source>De-industrialisation to green</source>
        <translation>Deindustrializzazione verso verde</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="73"/>
        <source>De-industrialisation to infrastructure or water</source>
        <translation>Deindustrializzazione verso infrastrutture o acque</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="79"/>
        <source>Re-industrialisation</source>
        <translation>Reindustrializzazione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="220"/>
        <source>Industrial land take</source>
        <translation>Consumo di suolo industriale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="81"/>
        <source>Other urban change</source>
        <translation>Altro cambiamento urbano</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="82"/>
        <source>Other change</source>
        <translation>Altro cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="83"/>
        <source>Unmapped code</source>
        <translation>Codice non classificato</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="108"/>
        <source>The {what} file {path} does not exist.</source>
        <translation>Il file {what} {path} non esiste.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="142"/>
        <source>Line {line} of {path}: the code &apos;{code}&apos; is not a whole number.</source>
        <translation>Riga {line} di {path}: il codice '{code}' non è un numero intero.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="163"/>
        <source>Line {line} of {path}: the code {code} appears twice.</source>
        <translation>Riga {line} di {path}: il codice {code} compare due volte.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="190"/>
        <source>The typology CSV {path} is empty.</source>
        <translation>Il CSV della tipologia {path} è vuoto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="195"/>
        <source>Typology {path}: unknown class &apos;{cls}&apos; in the first column. Use: {allowed}.</source>
        <translation>Tipologia {path}: classe '{cls}' sconosciuta nella prima colonna. Usa: {allowed}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="209"/>
        <source>Typology {path}: unknown class &apos;{cls}&apos; in the header. Use: {allowed}.</source>
        <translation>Tipologia {path}: classe '{cls}' sconosciuta nell'intestazione. Usa: {allowed}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="55"/>
        <source>Give at least two rasters, in date order.</source>
        <translation>Indica almeno due raster, in ordine di data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="257"/>
        <source>The years must be numbers, e.g. 2005, 2010, 2012 (got {years}).</source>
        <translation>Gli anni devono essere numeri, ad es. 2005, 2010, 2012 (ricevuto {years}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="306"/>
        <source>Category labels must be unique; repeated: {labels}.</source>
        <translation>Le etichette delle categorie devono essere uniche; ripetute: {labels}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="312"/>
        <source>Intensity analysis needs at least two categories (got {n}).</source>
        <translation>L'analisi di intensità richiede almeno due categorie (ricevute {n}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="322"/>
        <source>The crosstab of {interval} must hold numbers only.</source>
        <translation>La tabella incrociata di {interval} deve contenere solo numeri.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="33"/>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="45"/>
        <source>Interval level</source>
        <translation>Livello dell'intervallo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="57"/>
        <source>Category level</source>
        <translation>Livello della categoria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="58"/>
        <source>Time interval {interval}</source>
        <translation>Intervallo {interval}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="66"/>
        <source>Transition level: gains</source>
        <translation>Livello della transizione: guadagni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="67"/>
        <source>Gain of {category}, {interval}</source>
        <translation>Guadagno di {category}, {interval}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="75"/>
        <source>Transition level: losses</source>
        <translation>Livello della transizione: perdite</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="76"/>
        <source>Loss of {category}, {interval}</source>
        <translation>Perdita di {category}, {interval}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="84"/>
        <source>{category} gained nothing in {interval}.</source>
        <translation>{category} non ha guadagnato nulla in {interval}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="85"/>
        <source>{category} lost nothing in {interval}.</source>
        <translation>{category} non ha perso nulla in {interval}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="86"/>
        <source>Change in the interval (% of study area)</source>
        <translation>Cambiamento nell'intervallo (% dell'area di studio)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="87"/>
        <source>Annual change (% of study area)</source>
        <translation>Cambiamento annuo (% dell'area di studio)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="88"/>
        <source>Annual change area</source>
        <translation>Superficie cambiata all'anno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="89"/>
        <source>Annual change (% of category)</source>
        <translation>Cambiamento annuo (% della categoria)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="90"/>
        <source>Annual transition area</source>
        <translation>Superficie di transizione all'anno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="91"/>
        <source>Annual transition (% of losing category)</source>
        <translation>Transizione annua (% della categoria che perde)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="92"/>
        <source>Annual transition (% of gaining category)</source>
        <translation>Transizione annua (% della categoria che guadagna)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="93"/>
        <source>Uniform intensity</source>
        <translation>Intensità uniforme</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="94"/>
        <source>Gain</source>
        <translation>Guadagno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="95"/>
        <source>Loss</source>
        <translation>Perdita</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="96"/>
        <source>Fast</source>
        <translation>Rapido</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="97"/>
        <source>Slow</source>
        <translation>Lento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="98"/>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="99"/>
        <source>Dormant</source>
        <translation>Dormiente</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="100"/>
        <source>Targeted</source>
        <translation>Mirata</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="101"/>
        <source>Avoided</source>
        <translation>Evitata</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="102"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="103"/>
        <source>Interval</source>
        <translation>Intervallo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="104"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="105"/>
        <source>Change area</source>
        <translation>Superficie cambiata</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="106"/>
        <source>Change (% of study area)</source>
        <translation>Cambiamento (% dell'area di studio)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="107"/>
        <source>Intensity (% per year)</source>
        <translation>Intensità (% all'anno)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="108"/>
        <source>Uniform intensity (% per year)</source>
        <translation>Intensità uniforme (% all'anno)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="109"/>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="110"/>
        <source>Gain per year</source>
        <translation>Guadagno all'anno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="111"/>
        <source>Loss per year</source>
        <translation>Perdita all'anno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="112"/>
        <source>Gain intensity (% per year)</source>
        <translation>Intensità del guadagno (% all'anno)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="113"/>
        <source>Loss intensity (% per year)</source>
        <translation>Intensità della perdita (% all'anno)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="114"/>
        <source>Gain behaviour</source>
        <translation>Comportamento del guadagno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="115"/>
        <source>Loss behaviour</source>
        <translation>Comportamento della perdita</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="116"/>
        <source>Losing category</source>
        <translation>Categoria che perde</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="117"/>
        <source>Gaining category</source>
        <translation>Categoria che guadagna</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="118"/>
        <source>Transition per year</source>
        <translation>Transizione all'anno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/report/html.py" line="47"/>
        <source>Unknown report text keys: {keys}. Valid keys: {valid}.</source>
        <translation>Chiavi di testo del rapporto sconosciute: {keys}. Chiavi valide: {valid}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="131"/>
        <source>The rasters have fewer than two categories in the cells valid at every date: there is no change to analyse.</source>
        <translation>I raster hanno meno di due categorie nelle celle valide a ogni data: non c'è alcun cambiamento da analizzare.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="262"/>
        <source>Intensity analysis needs at least two time points given as finite years (got {years}).</source>
        <translation>L'analisi di intensità richiede almeno due date espresse come anni finiti (ricevuto {years}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="270"/>
        <source>The years must be strictly increasing, one per map in time order (got {years}): reorder the maps and their years.</source>
        <translation>Gli anni devono essere strettamente crescenti, uno per carta in ordine di tempo (ricevuto {years}): riordina le carte e i loro anni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="293"/>
        <source>{n_years} time points need {expected} crosstabs (one per interval), got {got}: give one crosstab per pair of consecutive maps.</source>
        <translation>{n_years} date richiedono {expected} tabelle incrociate (una per intervallo), ricevute {got}: indica una tabella per ogni coppia di carte consecutive.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="327"/>
        <source>The crosstab of {interval} has shape {shape}; with {n} category labels it must be {n} x {n} (rows = start, columns = end, in the order of the labels).</source>
        <translation>La tabella incrociata di {interval} ha forma {shape}; con {n} etichette di categoria deve essere {n} x {n} (righe = inizio, colonne = fine, nell'ordine delle etichette).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="338"/>
        <source>The crosstab of {interval} contains empty (NaN) or infinite cells: use 0 for transitions that do not occur.</source>
        <translation>La tabella incrociata di {interval} contiene celle vuote (NaN) o infinite: usa 0 per le transizioni che non avvengono.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="347"/>
        <source>The crosstab of {interval} contains negative amounts ({value:g}): counts and areas cannot be negative.</source>
        <translation>La tabella incrociata di {interval} contiene valori negativi ({value:g}): conteggi e superfici non possono essere negativi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="357"/>
        <source>The crosstab of {interval} is empty (total 0): check that the two maps overlap and are not all nodata.</source>
        <translation>La tabella incrociata di {interval} è vuota (totale 0): controlla che le due carte si sovrappongano e non siano tutte nodata.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="370"/>
        <source>The crosstabs cover different totals ({first:g} for {a}, {other:g} for {b}): intensity analysis needs the same study area in every interval, so mask the union of the nodata cells of all maps.</source>
        <translation>Le tabelle incrociate hanno totali diversi ({first:g} per {a}, {other:g} per {b}): l'analisi di intensità richiede la stessa area di studio in ogni intervallo, quindi maschera l'unione delle celle nodata di tutte le carte.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="383"/>
        <source>The category sizes in {year} differ between the crosstab ending then (column sums) and the one starting then (row sums): build both from the same {year} map.</source>
        <translation>Le dimensioni delle categorie nel {year} differiscono tra la tabella che termina allora (somme di colonna) e quella che inizia allora (somme di riga): costruiscile entrambe dalla stessa carta del {year}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="32"/>
        <source>Intensity analysis compares each observed rate of land change with the rate that a uniform change would have, at three levels: the whole study area in each time interval, the gains and losses of each category, and the transitions between categories. All intensities are in percent per year.</source>
        <translation>L'analisi di intensità confronta ogni tasso osservato di cambiamento del suolo con il tasso che avrebbe un cambiamento uniforme, su tre livelli: l'intera area di studio in ogni intervallo di tempo, i guadagni e le perdite di ogni categoria e le transizioni tra categorie. Tutte le intensità sono in percentuale all'anno.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="38"/>
        <source>Method: Aldwaik, S. Z., &amp; Pontius Jr, R. G. (2012). Intensity analysis to unify measurements of size and stationarity of land changes by interval, category, and transition. Landscape and Urban Planning, 106(1), 103-114.</source>
        <translation>Metodo: Aldwaik, S. Z., &amp; Pontius Jr, R. G. (2012). Intensity analysis to unify measurements of size and stationarity of land changes by interval, category, and transition. Landscape and Urban Planning, 106(1), 103-114.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="46"/>
        <source>Left: share of the study area that changed during each time interval. Right: the same change per year. An interval whose bar passes the dashed line (the uniform intensity, as if all change were spread evenly over the whole period) changed fast; one whose bar stops before it, slowly.</source>
        <translation>A sinistra: quota dell'area di studio cambiata in ogni intervallo di tempo. A destra: lo stesso cambiamento all'anno. Un intervallo la cui barra supera la linea tratteggiata (l'intensità uniforme, come se tutto il cambiamento fosse distribuito in modo uniforme sull'intero periodo) è cambiato rapidamente; uno la cui barra si ferma prima, lentamente.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="59"/>
        <source>Left: gross gain and loss of each category per year. Right: the gain per year relative to the size of the category at the end of the interval, the loss relative to its size at the start. A bar past the dashed line (the intensity of change of the whole area in {interval}) is active; before it, dormant. All intervals share the same scales.</source>
        <translation>A sinistra: guadagno e perdita lordi di ogni categoria all'anno. A destra: il guadagno annuo rispetto alla dimensione della categoria alla fine dell'intervallo, la perdita rispetto alla sua dimensione all'inizio. Una barra oltre la linea tratteggiata (l'intensità del cambiamento dell'intera area in {interval}) è attiva; prima, dormiente. Tutti gli intervalli hanno le stesse scale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="68"/>
        <source>Left: area per year that each category lost to {category}. Right: that area relative to the size of the losing category at the start of the interval. A bar past the dashed line (the intensity if the gain of {category} took evenly from all the other land) means the gain targets that category; before it, avoids it. The charts of {category} share the same scales.</source>
        <translation>A sinistra: superficie all'anno che ogni categoria ha perso a favore di {category}. A destra: quella superficie rispetto alla dimensione della categoria che perde all'inizio dell'intervallo. Una barra oltre la linea tratteggiata (l'intensità se il guadagno di {category} attingesse in modo uniforme da tutto il resto del suolo) indica che il guadagno mira a quella categoria; prima, che la evita. I grafici di {category} hanno le stesse scale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="77"/>
        <source>Left: area per year of {category} that went to each category. Right: that area relative to the size of the gaining category at the end of the interval. A bar past the dashed line (the intensity if the loss of {category} went evenly to all the other land) means the loss targets that category; before it, avoids it. The charts of {category} share the same scales.</source>
        <translation>A sinistra: superficie all'anno di {category} passata a ogni categoria. A destra: quella superficie rispetto alla dimensione della categoria che guadagna alla fine dell'intervallo. Una barra oltre la linea tratteggiata (l'intensità se la perdita di {category} andasse in modo uniforme a tutto il resto del suolo) indica che la perdita mira a quella categoria; prima, che la evita. I grafici di {category} hanno le stesse scale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="363"/>
        <source>The intensity result has no usable &apos;{key}&apos; table (missing: {missing}): pass the dict returned by intensity_analysis.</source>
        <translation>Il risultato dell'analisi di intensità non ha una tabella '{key}' utilizzabile (mancano: {missing}): passa il dizionario restituito da intensity_analysis.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/code_index.py" line="39"/>
        <source>The raster has more than {limit} distinct values: is it a categorical land-use map? Check the band and the nomenclature.</source>
        <translation>Il raster ha più di {limit} valori distinti: è davvero una carta categorica d'uso del suolo? Controlla la banda e la nomenclatura.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="120"/>
        <source>The {name} raster {path} has no coordinate reference system. Assign one (Raster &gt; Projections &gt; Assign Projection) and run again.</source>
        <translation>Il raster {name} {path} non ha un sistema di riferimento. Assegnane uno (Raster &gt; Proiezioni &gt; Assegna proiezione) ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="132"/>
        <source>The BEFORE raster is in geographic coordinates ({crs}): areas and distance rings need a projected CRS in metres. Reproject both rasters (e.g. to EPSG:3035) first.</source>
        <translation>Il raster PRIMA è in coordinate geografiche ({crs}): superfici e fasce di distanza richiedono un sistema proiettato in metri. Riproietta prima entrambi i raster (ad es. in EPSG:3035).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="644"/>
        <source>The change raster is written as GeoTIFF: give a file name ending in .tif (got {path}).</source>
        <translation>Il raster dei cambiamenti viene scritto in GeoTIFF: indica un nome di file che termini con .tif (ricevuto {path}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="819"/>
        <source>{name}: {count} codes are not in the nomenclature and were kept as &apos;unmapped&apos; (code: cells): {codes}. Check the nomenclature choice or add them to a custom CSV.</source>
        <translation>{name}: {count} codici non sono nella nomenclatura e sono stati tenuti come 'non classificati' (codice: celle): {codes}. Controlla la scelta della nomenclatura o aggiungili a un CSV personalizzato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="128"/>
        <source>The nomenclature CSV {path} needs the columns code and class (optional: label, colour).</source>
        <translation>Il CSV di nomenclatura {path} deve avere le colonne code e class (facoltative: label, colour).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="152"/>
        <source>Line {line} of {path}: unknown production class &apos;{cls}&apos;. Use one of: {allowed}.</source>
        <translation>Riga {line} di {path}: classe produttiva '{cls}' sconosciuta. Usa una di: {allowed}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="218"/>
        <source>Typology {path}: unknown change type &apos;{key}&apos; for {frm} -&gt; {to}. Use: {allowed}.</source>
        <translation>Tipologia {path}: tipo di cambiamento '{key}' sconosciuto per {frm} -&gt; {to}. Usa: {allowed}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="233"/>
        <source>Typology {path} does not classify {count} class pairs (e.g. {pairs}). Fill every cell.</source>
        <translation>La tipologia {path} non classifica {count} coppie di classi (ad es. {pairs}). Compila ogni cella.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="79"/>
        <source>The land-use polygons have no coordinate reference system: set the layer&apos;s CRS and run again.</source>
        <translation>I poligoni d'uso del suolo non hanno un sistema di riferimento: impostalo nel layer e riprova.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="86"/>
        <source>The land-use polygons are in geographic coordinates ({crs}): areas and distance rings need a projected CRS in metres. Reproject the layer (e.g. to EPSG:3035) first.</source>
        <translation>I poligoni d'uso del suolo sono in coordinate geografiche ({crs}): superfici e fasce di distanza richiedono un sistema proiettato in metri. Riproietta prima il layer (ad es. in EPSG:3035).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="108"/>
        <source>The {what} code field holds values that are not whole-number land-use codes (e.g. {examples}). Choose the field with the codes (Urban Atlas: code_2012, code_2018).</source>
        <translation>Il campo del codice {what} contiene valori che non sono codici d'uso del suolo interi (ad es. {examples}). Scegli il campo con i codici (Urban Atlas: code_2012, code_2018).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="570"/>
        <source>{count} invalid polygons were repaired before the analysis.</source>
        <translation>{count} poligoni non validi sono stati riparati prima dell'analisi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="606"/>
        <source>{name}: {count} codes are not in the nomenclature and were kept as &apos;unmapped&apos; (code: hectares): {codes}. Check the nomenclature choice or add them to a custom CSV.</source>
        <translation>{name}: {count} codici non sono nella nomenclatura e sono stati mantenuti come 'non classificati' (codice: ettari): {codes}. Controlla la nomenclatura scelta o aggiungili a un CSV personalizzato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="618"/>
        <source>no code at the BEFORE date</source>
        <translation>nessun codice alla data PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="618"/>
        <source>no code at the AFTER date</source>
        <translation>nessun codice alla data DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="624"/>
        <source>{ha} ha of polygons were excluded: {why}.</source>
        <translation>{ha} ha di poligoni sono stati esclusi: {why}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="632"/>
        <source>No polygon has a land-use code at both dates: check the code fields, the selection and, with two layers, that they overlap.</source>
        <translation>Nessun poligono ha un codice d'uso del suolo a entrambe le date: controlla i campi dei codici, la selezione e, con due layer, che si sovrappongano.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="678"/>
        <source>There are no industrial areas: every polygon falls in the last ring (&apos;beyond&apos;).</source>
        <translation>Non ci sono aree industriali: ogni poligono cade nell'ultima fascia ('oltre').</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="302"/>
        <source>{name}: {share} % of the land use has codes that are not in the chosen nomenclature (codes {first} to {last}), e.g. {codes}, so the result would be mostly &apos;unmapped&apos;. The codes look like the preset &apos;{preset}&apos;, which lists {fit} % of them: choose it as the nomenclature and run again.</source>
        <translation>{name}: il {share} % dell'uso del suolo ha codici che non sono nella nomenclatura scelta (codici da {first} a {last}), ad es. {codes}, quindi il risultato sarebbe in gran parte 'non classificato'. I codici sembrano quelli della nomenclatura predefinita '{preset}', che ne elenca il {fit} %: sceglila come nomenclatura ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="314"/>
        <source>{name}: {share} % of the land use has codes that are not in the chosen nomenclature (codes {first} to {last}), e.g. {codes}, so the result would be mostly &apos;unmapped&apos;. No preset lists them: choose &apos;Custom (CSV)&apos; as the nomenclature and give a CSV that lists these codes with their class (columns code, class, label, colour).</source>
        <translation>{name}: il {share} % dell'uso del suolo ha codici che non sono nella nomenclatura scelta (codici da {first} a {last}), ad es. {codes}, quindi il risultato sarebbe in gran parte 'non classificato'. Nessuna nomenclatura predefinita li elenca: scegli 'Personalizzata (CSV)' come nomenclatura e indica un CSV che elenchi questi codici con la loro classe (colonne code, class, label, colour).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_tables.py" line="298"/>
        <source>No zone overlaps the land-use data ({total} given), so the summary would have no zone rows. Check that the zones layer covers the area of the land-use data, or leave the zones empty.</source>
        <translation>Nessuna zona si sovrappone ai dati d'uso del suolo ({total} indicate), quindi il riepilogo non avrebbe righe per zona. Controlla che il layer delle zone copra l'area dei dati d'uso del suolo, o lascia vuote le zone.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_tables.py" line="307"/>
        <source>Zones that do not overlap the land-use data ({count} of {total}) have no rows in the summary: {names}</source>
        <translation>Le zone che non si sovrappongono ai dati d'uso del suolo ({count} di {total}) non hanno righe nel riepilogo: {names}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="57"/>
        <source>Give one year per raster: {n_rasters} rasters but {n_years} years.</source>
        <translation>Indica un anno per raster: {n_rasters} raster ma {n_years} anni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="155"/>
        <source>Cannot read the {year} raster {path}: {err}</source>
        <translation>Impossibile leggere il raster del {year} {path}: {err}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="163"/>
        <source>The {year} raster {path} has no coordinate reference system. Assign one (Raster &gt; Projections &gt; Assign Projection) and run again.</source>
        <translation>Il raster del {year} {path} non ha un sistema di riferimento. Assegnane uno (Raster &gt; Proiezioni &gt; Assegna proiezione) ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="173"/>
        <source>The {year} raster {path} has {count} bands: only band 1 is used.</source>
        <translation>Il raster del {year} {path} ha {count} bande: si usa solo la banda 1.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="185"/>
        <source>The {year} raster {path} is in geographic coordinates ({crs}): areas need a projected CRS in metres, and the other rasters are aligned onto its grid. Reproject the rasters (e.g. to EPSG:3035) first.</source>
        <translation>Il raster del {year} {path} è in coordinate geografiche ({crs}): le superfici richiedono un sistema proiettato in metri, e gli altri raster vengono allineati sulla sua griglia. Riproietta prima i raster (ad es. in EPSG:3035).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="201"/>
        <source>The grid of the {year} raster {name} differs from that of the {first_year} raster {first_name} (CRS {crs} vs {first_crs}, cell {res} vs {first_res}, size {size} vs {first_size} columns x rows): it was aligned onto the {first_year} grid by nearest neighbour.</source>
        <translation>La griglia del raster del {year} {name} è diversa da quella del raster del {first_year} {first_name} (SR {crs} e {first_crs}, cella {res} e {first_res}, dimensioni {size} e {first_size} colonne x righe): è stato allineato sulla griglia del {first_year} con il vicino più prossimo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="53"/>
        <source>With two dates there is a single time interval, whose intensity is the uniform intensity by definition: whether change is fast or slow compares intervals and needs three or more dates. The interval behaviour is left empty; the category and transition levels are complete.</source>
        <translation>Con due date c'è un solo intervallo di tempo, la cui intensità è per definizione l'intensità uniforme: stabilire se il cambiamento è rapido o lento richiede il confronto tra intervalli, quindi tre o più date. Il comportamento dell'intervallo resta vuoto; i livelli della categoria e della transizione sono completi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="52"/>
        <source>Left: share of the study area that changed during the time interval. Right: the same change per year.</source>
        <translation>A sinistra: quota dell'area di studio cambiata nell'intervallo di tempo. A destra: lo stesso cambiamento all'anno.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/classes.py" line="15"/>
        <source>Not in the nomenclature</source>
        <translation>Assente dalla nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/classes.py" line="125"/>
        <source>Unknown production class &apos;{name}&apos; in the classes to report. Use: {allowed}.</source>
        <translation>Classe produttiva '{name}' sconosciuta nelle classi da riportare. Usa: {allowed}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/classes.py" line="138"/>
        <source>The classes to report must be raster codes separated by commas, e.g. 3,4 (got &apos;{text}&apos;). For production classes such as &apos;industrial&apos;, set &apos;Classes are&apos; to production classes.</source>
        <translation>Le classi da riportare devono essere codici del raster separati da virgole, ad es. 3,4 (ricevuto '{text}'). Per classi produttive come 'industrial', imposta 'Tipo di classi' su classi produttive.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="53"/>
        <source>The raster has cell type {dtype}: landscape metrics need a categorical raster of whole-number codes (convert it with Raster &gt; Conversion &gt; Translate, output data type Int32).</source>
        <translation>Il raster ha celle di tipo {dtype}: le metriche del paesaggio richiedono un raster categorico di codici interi (convertilo con Raster &gt; Conversione &gt; Converti, tipo di dato in uscita Int32).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/patches.py" line="106"/>
        <source>The raster has {count} distinct values: is it a categorical land-use map?</source>
        <translation>Il raster ha {count} valori distinti: è davvero una carta categorica d'uso del suolo?</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/metrics.py" line="454"/>
        <source>The neighbourhood must be 4 or 8 cells.</source>
        <translation>L'intorno deve essere di 4 o 8 celle.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="235"/>
        <source>The landscape has no cell with data (all nodata or outside).</source>
        <translation>Il paesaggio non ha celle con dati (sono tutte nodata o esterne).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/metrics.py" line="526"/>
        <source>The landscape has a single class: CONTAG, SHEI, SIEI, MSIEI and IJI are undefined and left empty.</source>
        <translation>Il paesaggio ha una sola classe: CONTAG, SHEI, SIEI, MSIEI e IJI non sono definiti e restano vuoti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/metrics.py" line="536"/>
        <source>IJI needs at least three classes in the landscape: it is left empty.</source>
        <translation>IJI richiede almeno tre classi nel paesaggio: resta vuoto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/metrics.py" line="556"/>
        <source>PAFRAC needs at least {count} patches (FRAGSTATS): it is empty for classes with fewer.</source>
        <translation>PAFRAC richiede almeno {count} macchie (FRAGSTATS): resta vuoto per le classi che ne hanno meno.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="62"/>
        <source>The raster is not in a projected coordinate system (cells in degrees): areas and distances would be wrong. Reproject it to a metric CRS (Raster &gt; Projections &gt; Warp).</source>
        <translation>Il raster non è in un sistema di riferimento proiettato (celle in gradi): superfici e distanze sarebbero errate. Riproiettalo in un sistema metrico (Raster &gt; Proiezioni &gt; Riproiezione (warp)).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="71"/>
        <source>The raster is rotated: warp it to a north-up grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>Il raster è ruotato: riproiettalo prima su una griglia orientata a nord (Raster &gt; Proiezioni &gt; Riproiezione (warp)).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="79"/>
        <source>The raster's cells are {width} × {height} map units: FRAGSTATS metrics need square cells. Resample it to square cells (Raster &gt; Projections &gt; Warp, output resolution).</source>
        <translation>Le celle del raster misurano {width} × {height} unità della mappa: le metriche FRAGSTATS richiedono celle quadrate. Ricampionalo a celle quadrate (Raster &gt; Proiezioni &gt; Riproiezione (warp), risoluzione in uscita).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="160"/>
        <source>Zone &apos;{zone}&apos; has no geometry: left out.</source>
        <translation>La zona '{zone}' non ha geometria: esclusa.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="210"/>
        <source>Zone &apos;{zone}&apos;: only {share} % of its area has data in the raster; its metrics describe that part.</source>
        <translation>Zona '{zone}': solo il {share} % della sua superficie ha dati nel raster; le sue metriche descrivono quella parte.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="25"/>
        <source>No zone overlaps the raster: check that the zones and the raster cover the same area.</source>
        <translation>Nessuna zona si sovrappone al raster: controlla che le zone e il raster coprano la stessa area.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="293"/>
        <source>Zone &apos;{zone}&apos; has no raster data (outside the raster or all nodata): no row for it.</source>
        <translation>La zona '{zone}' non ha dati raster (è fuori dal raster o tutta nodata): nessuna riga per essa.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/metrics.py" line="509"/>
        <source>The landscape has more than {limit} million cells: GYRATE, CIRCLE and ENN, which need every patch at once, are left empty. Use zones or a coarser grid to get them.</source>
        <translation>Il paesaggio ha più di {limit} milioni di celle: GYRATE, CIRCLE ed ENN, che richiedono tutte le macchie insieme, restano vuote. Usare zone o una griglia meno fine per ottenerle.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/metrics.py" line="545"/>
        <source>Patches alone in their class, without a nearest neighbour: {count}. Their ENN is undefined and left out of ENN_MN, ENN_SD and ENN_CV.</source>
        <translation>Macchie sole nella loro classe, senza un vicino più prossimo: {count}. Il loro ENN non è definito ed è escluso da ENN_MN, ENN_SD e ENN_CV.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/compare.py" line="46"/>
        <source>No district overlaps the land-use data: check that the districts and the land use cover the same area.</source>
        <translation>Nessun distretto si sovrappone ai dati d'uso del suolo: controlla che i distretti e l'uso del suolo coprano la stessa area.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/compare.py" line="73"/>
        <source>The districts layer has no features.</source>
        <translation>Il layer dei distretti non ha elementi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/compare.py" line="93"/>
        <source>Districts overlap ({count} pairs: {pairs}): each is measured whole, so land in the overlap counts in both and the districts&apos; areas do not add up to the territory.</source>
        <translation>I distretti si sovrappongono ({count} coppie: {pairs}): ciascuno è misurato per intero, quindi il suolo nella sovrapposizione conta in entrambi e le superfici dei distretti non si sommano a quella del territorio.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/compare.py" line="286"/>
        <source>The second year ({after}) must come after the first ({before}).</source>
        <translation>Il secondo anno ({after}) deve essere successivo al primo ({before}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/compare.py" line="351"/>
        <source>Districts only partly covered by the land use (share of their area with data): {districts}. Their indicators describe that part.</source>
        <translation>Distretti coperti solo in parte dall'uso del suolo (quota della loro superficie con dati): {districts}. I loro indicatori descrivono quella parte.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/compare.py" line="367"/>
        <source>No land-use data under {count} districts ({names}): they are reported as &apos;no data&apos;, with empty indicators, not zeros.</source>
        <translation>Nessun dato d'uso del suolo sotto {count} distretti ({names}): sono riportati come 'no data' (nessun dato), con indicatori vuoti, non zeri.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/compare.py" line="418"/>
        <source>District &apos;{district}&apos;: the land use covers {before} ha at {first} and {after} ha at {second}, so its class areas differ by coverage too; the change columns count only land with data at both dates.</source>
        <translation>Distretto '{district}': l'uso del suolo copre {before} ha alla data {first} e {after} ha alla data {second}, quindi le superfici delle sue classi differiscono anche per copertura; le colonne di cambiamento contano solo il suolo con dati a entrambe le date.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/compare.py" line="557"/>
        <source>Without the years of the two dates the rates per year are left out; give both years to get them.</source>
        <translation>Senza gli anni delle due date i tassi annui sono omessi; indica entrambi gli anni per ottenerli.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/compare.py" line="589"/>
        <source>At a cell size of {cell} the districts would need {millions} million cells for the landscape metrics (at most {limit} million): choose a larger cell size.</source>
        <translation>Con una dimensione della cella di {cell} i distretti richiederebbero {millions} milioni di celle per le metriche del paesaggio (al massimo {limit} milioni): scegli una cella più grande.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/compare.py" line="616"/>
        <source>Land-use codes must fit in 32-bit integers.</source>
        <translation>I codici d'uso del suolo devono essere interi a 32 bit.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/compare.py" line="715"/>
        <source>No employment rows for {count} districts ({names}): their specialisation columns are empty. The employment table&apos;s area values must be the district names.</source>
        <translation>Nessuna riga di addetti per {count} distretti ({names}): le loro colonne di specializzazione sono vuote. I valori dell'area nella tabella degli addetti devono essere i nomi dei distretti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/compare.py" line="727"/>
        <source>{count} areas of the employment table are not districts ({names}): they count in the reference economy of the quotients only.</source>
        <translation>{count} aree della tabella degli addetti non sono distretti ({names}): contano solo nell'economia di riferimento dei quozienti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="26"/>
        <source>The districts compared on the same indicators, computed the same way: what their land is made of, how compact or scattered their industrial land is and, with two dates, how much industrial land was taken, lost (and to what) or kept. Each number equals what the land-use change and landscape metrics tools give for the district alone.</source>
        <translation>I distretti confrontati sugli stessi indicatori, calcolati nello stesso modo: di che cosa è fatto il loro suolo, quanto è compatto o disperso il loro suolo industriale e, con due date, quanto suolo è stato consumato dall'industria e quanto suolo industriale è stato perso (e per che cosa) o mantenuto. Ogni numero è uguale a quello che gli strumenti di cambiamento d'uso del suolo e di metriche del paesaggio danno per il distretto da solo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="34"/>
        <source>Key figures</source>
        <translation>Cifre chiave</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="213"/>
        <source>District</source>
        <translation>Distretto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="214"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="85"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="86"/>
        <source>partly covered</source>
        <translation>coperto in parte</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="87"/>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="40"/>
        <source>No land-use data under {districts}: these districts are listed with empty values and left out of the charts, not shown as zeros.</source>
        <translation>Nessun dato d'uso del suolo sotto {districts}: questi distretti sono elencati con valori vuoti ed esclusi dai grafici, non mostrati come zeri.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="45"/>
        <source>What the districts are made of</source>
        <translation>Di che cosa sono fatti i distretti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="46"/>
        <source>Share of each production class in the area of the district with land-use data, at {date}. Compare shares, not hectares: districts differ in size.</source>
        <translation>Quota di ogni classe produttiva nella superficie del distretto con dati d'uso del suolo, alla data {date}. Confronta le quote, non gli ettari: i distretti hanno dimensioni diverse.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="51"/>
        <source>Form of industrial land</source>
        <translation>Forma del suolo industriale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="52"/>
        <source>{indicator}, per district and date. {reading}</source>
        <translation>{indicator}, per distretto e data. {reading}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="53"/>
        <source>Change of industrial land</source>
        <translation>Cambiamento del suolo industriale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="54"/>
        <source>Hectares of industrial land gained (land take from green land or water, re-industrialisation of other urban land) and lost between {first} and {second}, on the land with data at both dates.</source>
        <translation>Ettari di suolo industriale guadagnati (consumo di suolo verde o di acque, reindustrializzazione di altro suolo urbano) e persi tra {first} e {second}, sul suolo con dati a entrambe le date.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="59"/>
        <source>What the industrial land lost between {first} and {second} became, in hectares.</source>
        <translation>Che cosa è diventato il suolo industriale perso tra {first} e {second}, in ettari.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="63"/>
        <source>Industrial land take and loss per year, as a share of the industrial land at {first}: they compare districts of any size.</source>
        <translation>Consumo di suolo industriale e perdita all'anno, come quota del suolo industriale alla data {first}: permettono di confrontare distretti di qualsiasi dimensione.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="68"/>
        <source>Economic specialisation</source>
        <translation>Specializzazione economica</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="69"/>
        <source>From the employment table: each district&apos;s main sector (the largest among those with a location quotient of at least 1), its location quotient against all areas of the table, and how different from the reference (Krugman, 0-2) and how concentrated (Herfindahl, 0-1) its employment is.</source>
        <translation>Dalla tabella degli addetti: il settore principale di ogni distretto (il più grande tra quelli con un quoziente di localizzazione di almeno 1), il suo quoziente di localizzazione rispetto a tutte le aree della tabella, e quanto la sua occupazione differisce dal riferimento (Krugman, 0-2) e quanto è concentrata (Herfindahl, 0-1).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="226"/>
        <source>Employees</source>
        <translation>Addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="227"/>
        <source>Main sector</source>
        <translation>Settore principale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="228"/>
        <source>Location quotient of the main sector</source>
        <translation>Quoziente di localizzazione del settore principale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="229"/>
        <source>Krugman dissimilarity</source>
        <translation>Dissimilarità di Krugman</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="230"/>
        <source>Herfindahl concentration</source>
        <translation>Concentrazione di Herfindahl</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="92"/>
        <source>Maps</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="93"/>
        <source>Land use at {date} by production class (industrial land in purple, the others pale) with the change of industrial land on top; outside the district the map is faded.</source>
        <translation>Uso del suolo alla data {date} per classe produttiva (suolo industriale in viola, le altre classi in colori tenui) con sopra i cambiamenti del suolo industriale; fuori dal distretto la mappa è sbiadita.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="98"/>
        <source>How to read the indicators</source>
        <translation>Come leggere gli indicatori</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="99"/>
        <source>Data and method</source>
        <translation>Dati e metodo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="100"/>
        <source>Warnings of the run</source>
        <translation>Avvisi dell'esecuzione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="60"/>
        <source>ha</source>
        <translation>ha</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="61"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="65"/>
        <source>% per year</source>
        <translation>% all'anno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="215"/>
        <source>Covered (%)</source>
        <translation>Coperto (%)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="248"/>
        <source>Industrial land, {date} (%)</source>
        <translation>Suolo industriale, {date} (%)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="249"/>
        <source>Industrial land, {date} (ha)</source>
        <translation>Suolo industriale, {date} (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="223"/>
        <source>De-industrialisation</source>
        <translation>Deindustrializzazione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="219"/>
        <source>Industrial land kept (%)</source>
        <translation>Suolo industriale mantenuto (%)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="111"/>
        <source>Industrial land take per year</source>
        <translation>Consumo di suolo industriale all'anno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="112"/>
        <source>De-industrialisation per year</source>
        <translation>Deindustrializzazione all'anno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="113"/>
        <source>infrastructure or water</source>
        <translation>infrastrutture o acque</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="118"/>
        <source>Share of a production class (%)</source>
        <translation>Quota di una classe produttiva (%)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="118"/>
        <source>What the district is made of: the class&apos;s share of the land with data.</source>
        <translation>Di che cosa è fatto il distretto: la quota della classe sul suolo con dati.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="237"/>
        <source>Number of industrial patches</source>
        <translation>Numero di macchie industriali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="125"/>
        <source>Separate pieces of industrial land: many small ones mean scattered industry.</source>
        <translation>Pezzi separati di suolo industriale: molti pezzi piccoli indicano un'industria dispersa.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="238"/>
        <source>Industrial patch density (per 100 ha)</source>
        <translation>Densità delle macchie industriali (per 100 ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="239"/>
        <source>Mean industrial patch area (ha)</source>
        <translation>Superficie media delle macchie industriali (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="140"/>
        <source>The typical size of an industrial site.</source>
        <translation>La dimensione tipica di un sito industriale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="145"/>
        <source>High when one industrial zone dominates the district.</source>
        <translation>Alta quando una zona industriale domina il distretto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="243"/>
        <source>Industrial edge density (m/ha)</source>
        <translation>Densità di margine industriale (m/ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="150"/>
        <source>High when industry is interleaved with other land uses.</source>
        <translation>Alta quando l'industria è intercalata ad altri usi del suolo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="244"/>
        <source>Aggregation of industrial land (%)</source>
        <translation>Aggregazione del suolo industriale (%)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="155"/>
        <source>100 when industrial land is as compact as it can be.</source>
        <translation>100 quando il suolo industriale è il più compatto possibile.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="245"/>
        <source>Cohesion of industrial land (0-100)</source>
        <translation>Coesione del suolo industriale (0-100)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="160"/>
        <source>Physical connectedness; it falls as industrial land breaks up.</source>
        <translation>Connessione fisica; scende quando il suolo industriale si frammenta.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="246"/>
        <source>Land-use diversity (Shannon)</source>
        <translation>Diversità d'uso del suolo (Shannon)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="165"/>
        <source>0 for a single land use; higher for a finer mix of production classes.</source>
        <translation>0 per un solo uso del suolo; più alta per un mix più fine di classi produttive.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="216"/>
        <source>Industrial land take (ha)</source>
        <translation>Consumo di suolo industriale (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="172"/>
        <source>Green, agricultural or natural land (or water) that became industrial.</source>
        <translation>Suolo verde, agricolo o naturale (o acque) diventato industriale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="217"/>
        <source>Re-industrialisation (ha)</source>
        <translation>Reindustrializzazione (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="179"/>
        <source>Other urban land that became industrial: recycling of urban land.</source>
        <translation>Altro suolo urbano diventato industriale: riuso di suolo urbano.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="218"/>
        <source>De-industrialisation (ha)</source>
        <translation>Deindustrializzazione (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="184"/>
        <source>Industrial land that became something else; the table splits it by use.</source>
        <translation>Suolo industriale diventato altro; la tabella lo suddivide per uso.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="191"/>
        <source>Share of the first date&apos;s industrial land still industrial at the second.</source>
        <translation>Quota del suolo industriale della prima data ancora industriale alla seconda.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="117"/>
        <source>Cannot read the industry grouping table {path}: {error}</source>
        <translation>Impossibile leggere la tabella di raggruppamento delle industrie {path}: {error}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="124"/>
        <source>The industry grouping table {path} needs the columns division, sector, industry, label (missing: {missing}).</source>
        <translation>La tabella di raggruppamento delle industrie {path} deve avere le colonne division, sector, industry, label (mancano: {missing}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="141"/>
        <source>Division {division} of the industry grouping table has the sector &apos;{sector}&apos;: use one of {sectors}.</source>
        <translation>La divisione {division} della tabella di raggruppamento delle industrie ha il settore '{sector}': usa uno tra {sectors}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="155"/>
        <source>Manufacturing division {division} of the industry grouping table has no industry.</source>
        <translation>La divisione manifatturiera {division} della tabella di raggruppamento delle industrie non ha un'industria.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="193"/>
        <source>&apos;{code}&apos; is not an ATECO 2007 division: give two digits (e.g. 13 or 05; codes such as 13.20 are read as their division).</source>
        <translation>'{code}' non è una divisione ATECO 2007: indica due cifre (ad es. 13 o 05; codici come 13.20 valgono per la loro divisione).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="235"/>
        <source>'{size}' is not a size class: give the employees per local unit as a range (e.g. 10-49, 50-249, 250 e più) or as small, medium or large.</source>
        <translation>'{size}' non è una classe di addetti: indica gli addetti per unità locale come intervallo (ad es. 10-49, 50-249, 250 e più) o come piccola, media o grande.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="247"/>
        <source>The size class &apos;{size}&apos; spans the 50 or the 250 employees limit, so its units are neither all small, all medium nor all large: use classes split at 50 and 250 employees (e.g. 10-49, 50-99, 200-249, 250-499).</source>
        <translation>La classe di addetti '{size}' è a cavallo del limite di 50 o di 250 addetti, quindi le sue unità non sono né tutte piccole, né tutte medie, né tutte grandi: usa classi divise a 50 e a 250 addetti (ad es. 10-49, 50-99, 200-249, 250-499).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="293"/>
        <source>No national totals given: the reference is the sum of the table&apos;s {count} labour systems. That is right only when the table covers the whole country; otherwise give the national totals.</source>
        <translation>Nessun totale nazionale indicato: il riferimento è la somma dei {count} sistemi locali della tabella. È corretto solo quando la tabella copre l'intero Paese; altrimenti indica i totali nazionali.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="310"/>
        <source>{count} rows of agriculture, forestry and fishing (divisions 01-03) are left out: the method works on non-agricultural employment, as the census of industry and services.</source>
        <translation>{count} righe di agricoltura, silvicoltura e pesca (divisioni 01-03) sono escluse: il metodo lavora sull'occupazione non agricola, come il censimento dell'industria e dei servizi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="323"/>
        <source>The table has manufacturing divisions only: the manufacturing location quotient compares manufacturing with all employment, so add the other divisions (construction, trade, services…) for every labour system.</source>
        <translation>La tabella contiene solo divisioni manifatturiere: il quoziente di localizzazione della manifattura confronta la manifattura con l'occupazione totale, quindi aggiungi le altre divisioni (costruzioni, commercio, servizi…) per ogni sistema locale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="332"/>
        <source>The national totals have no manufacturing employees (divisions 10-33): check the division column.</source>
        <translation>I totali nazionali non hanno addetti manifatturieri (divisioni 10-33): controlla la colonna della divisione.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="340"/>
        <source>No local-units column: the single-medium-unit rule of step 4 cannot be checked.</source>
        <translation>Nessuna colonna delle unità locali: la regola dell'unica unità media della fase 4 non può essere verificata.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="365"/>
        <source>Tied main industries in {count} systems, decided by the higher location quotient, then by the order of the grouping table: {systems}.</source>
        <translation>Industrie principali a pari merito in {count} sistemi, decise dal quoziente di localizzazione più alto, poi dall'ordine della tabella di raggruppamento: {systems}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="443"/>
        <source>The {what} lack the columns {columns}.</source>
        <translation>{what}: mancano le colonne {columns}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="452"/>
        <source>{count} rows of the {what} have no labour-system code (first: row {row}).</source>
        <translation>{what}: {count} righe non hanno il codice del sistema locale (la prima: riga {row}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="470"/>
        <source>{count} rows of the {what} have a missing, non-numeric or negative number of {column} (first: row {row}, &apos;{value}&apos;): give a count of 0 or more in every row.</source>
        <translation>{what}: {count} righe hanno un numero di {column} mancante, non numerico o negativo (la prima: riga {row}, '{value}'): indica un conteggio di 0 o più in ogni riga.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="491"/>
        <source>The divisions {divisions} of the {what} are not in the industry grouping table: add them to it, or correct the codes.</source>
        <translation>{what}: le divisioni {divisions} non sono nella tabella di raggruppamento delle industrie: aggiungile, o correggi i codici.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="508"/>
        <source>{count} manufacturing rows of the {what} have no size class (first: row {row}): manufacturing employees are needed by size of local unit (small &lt; 50, medium 50-249, large 250+).</source>
        <translation>{what}: {count} righe manifatturiere non hanno una classe di addetti (la prima: riga {row}): gli addetti manifatturieri servono per dimensione dell'unità locale (piccole &lt; 50, medie 50-249, grandi 250+).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="687"/>
        <source>Step 1 not passed: the system has no employees.</source>
        <translation>Fase 1 non superata: il sistema non ha addetti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="689"/>
        <source>Step 1 not passed: the manufacturing location quotient {lq} is not above 1.</source>
        <translation>Fase 1 non superata: il quoziente di localizzazione della manifattura {lq} non è maggiore di 1.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="697"/>
        <source>Step 1 not passed: manufacturing&apos;s location quotient is {lq}, but its prevalence ({m} employees) does not exceed that of business services ({b}) and of consumer services ({c}).</source>
        <translation>Fase 1 non superata: il quoziente di localizzazione della manifattura è {lq}, ma la sua prevalenza ({m} addetti) non supera sia quella dei servizi alle imprese ({b}) sia quella dei servizi alle famiglie ({c}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="709"/>
        <source>Step 2 not passed: large units lead manufacturing (location quotients by size: small {small}, medium {medium}, large {large}).</source>
        <translation>Fase 2 non superata: nella manifattura sono in testa le grandi unità (quozienti di localizzazione per dimensione: piccole {small}, medie {medium}, grandi {large}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="718"/>
        <source>Step 3 not passed: no manufacturing industry has a location quotient above 1.</source>
        <translation>Fase 3 non superata: nessuna industria manifatturiera ha un quoziente di localizzazione maggiore di 1.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="724"/>
        <source>Step 4 not passed: the main industry, {industry} (location quotient {lq}), has a single medium unit with {medium} employees, more than its small units together ({small}).</source>
        <translation>Fase 4 non superata: l'industria principale, {industry} (quoziente di localizzazione {lq}), ha un'unica unità media con {medium} addetti, più di tutte le sue piccole unità insieme ({small}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="736"/>
        <source>Step 4 not passed: large units lead the main industry, {industry} (location quotient {lq}; by size: small {main_small}, medium {main_medium}, large {main_large}).</source>
        <translation>Fase 4 non superata: nell'industria principale, {industry} (quoziente di localizzazione {lq}), sono in testa le grandi unità (per dimensione: piccole {main_small}, medie {main_medium}, grandi {main_large}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="746"/>
        <source>Industrial district: manufacturing location quotient {lq}; small and medium units lead manufacturing (small {small}, medium {medium}, large {large}); main industry {industry} (location quotient {main_lq}), led by small and medium units (small {main_small}, medium {main_medium}, large {main_large}).</source>
        <translation>Distretto industriale: quoziente di localizzazione della manifattura {lq}; nella manifattura sono in testa le piccole e medie unità (piccole {small}, medie {medium}, grandi {large}); industria principale {industry} (quoziente di localizzazione {main_lq}), con in testa le piccole e medie unità (piccole {main_small}, medie {main_medium}, grandi {main_large}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="303"/>
        <source>The column &apos;{column}&apos; is not in the employment table.</source>
        <translation>La colonna '{column}' non è nella tabella degli addetti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="317"/>
        <source>{count} rows have a negative number of employees (area / sector: {rows}). Employees cannot be negative: correct these rows.</source>
        <translation>{count} righe hanno un numero di addetti negativo (area / settore: {rows}). Gli addetti non possono essere negativi: correggi queste righe.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="328"/>
        <source>{count} rows have no number of employees (empty, NULL or not a number; area / sector: {rows}): left out.</source>
        <translation>{count} righe non hanno un numero di addetti (vuoto, NULL o non numerico; area / settore: {rows}): escluse.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="341"/>
        <source>{count} rows ({employees} employees) have no area: left out.</source>
        <translation>{count} righe ({employees} addetti) non hanno un'area: escluse.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="354"/>
        <source>{count} rows ({employees} employees) have sector codes that are not ATECO 2007 codes (e.g. {examples}): left out. Write codes as ISTAT does (13, 13.2, 13.20, C) and store them as text, so that leading zeros (01, 02, 03) are kept.</source>
        <translation>{count} righe ({employees} addetti) hanno codici di settore che non sono codici ATECO 2007 (ad es. {examples}): escluse. Scrivi i codici come fa l'ISTAT (13, 13.2, 13.20, C) e conservali come testo, così che gli zeri iniziali (01, 02, 03) restino.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="385"/>
        <source>{count} rows ({employees} employees) have no sector: left out.</source>
        <translation>{count} righe ({employees} addetti) non hanno un settore: escluse.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="431"/>
        <source>The employment table counts no employees (every row is 0).</source>
        <translation>La tabella degli addetti non conta alcun addetto (ogni riga è 0).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="435"/>
        <source>Only one area ({area}): it is its own reference, so every location quotient is 1 and the geographic concentration of sectors is undefined. Add the other areas of the territory.</source>
        <translation>Una sola area ({area}): è il riferimento di sé stessa, quindi ogni quoziente di localizzazione è 1 e la concentrazione geografica dei settori non è definita. Aggiungi le altre aree del territorio.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="447"/>
        <source>{count} areas have no employees ({examples}): their quotients are empty.</source>
        <translation>{count} aree non hanno addetti ({examples}): i loro quozienti sono vuoti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="501"/>
        <source>The column &apos;{column}&apos; is not in the area totals table.</source>
        <translation>La colonna '{column}' non è nella tabella dei totali per area.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="509"/>
        <source>The area totals table has negative totals (areas: {examples}): correct them.</source>
        <translation>La tabella dei totali per area ha totali negativi (aree: {examples}): correggili.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="517"/>
        <source>{count} areas appear more than once in the area totals table (e.g. {examples}): give one total per area.</source>
        <translation>{count} aree compaiono più di una volta nella tabella dei totali per area (ad es. {examples}): indica un solo totale per area.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="529"/>
        <source>{count} of the {areas} areas of the employment table have no total in the area totals table (e.g. {examples}). Add their totals, or check that both tables spell areas alike (codes with the same leading zeros, names with the same accents).</source>
        <translation>{count} delle {areas} aree della tabella degli addetti non hanno un totale nella tabella dei totali per area (ad es. {examples}). Aggiungi i loro totali, o controlla che le due tabelle scrivano le aree allo stesso modo (codici con gli stessi zeri iniziali, nomi con gli stessi accenti).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="545"/>
        <source>{count} areas have a total smaller than the employment listed for them ({examples}). The totals must count all sectors: check that both tables refer to the same year and units.</source>
        <translation>{count} aree hanno un totale minore degli addetti elencati per esse ({examples}). I totali devono contare tutti i settori: controlla che le due tabelle si riferiscano allo stesso anno e alle stesse unità.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="557"/>
        <source>{count} areas of the area totals table have no row in the employment table (e.g. {examples}): they count in the reference economy with no employees in the listed sectors.</source>
        <translation>{count} aree della tabella dei totali per area non hanno righe nella tabella degli addetti (ad es. {examples}): contano nell'economia di riferimento senza addetti nei settori elencati.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="570"/>
        <source>{count} rows of the area totals table have no area or no total: left out.</source>
        <translation>{count} righe della tabella dei totali per area non hanno un'area o un totale: escluse.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="636"/>
        <source>{count} rows have no firm identifier: each counts as a firm of its own in the plant Herfindahl H.</source>
        <translation>{count} righe non hanno un identificativo dell'impresa: ciascuna conta come un'impresa a sé nell'Herfindahl degli impianti H.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="655"/>
        <source>Rows are not firms (no firm field): the plant Herfindahl H and the Ellison-Glaeser γ need one row per firm or local unit, and are left empty.</source>
        <translation>Le righe non sono imprese (nessun campo dell'impresa): l'Herfindahl degli impianti H e il γ di Ellison-Glaeser richiedono una riga per impresa o unità locale, e restano vuoti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="712"/>
        <source>The sector to map &apos;{sector}&apos; is not in the employment table (at the sector level chosen). Sectors present: {sectors}.</source>
        <translation>Il settore da mappare '{sector}' non è nella tabella degli addetti (al livello dei settori scelto). Settori presenti: {sectors}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="754"/>
        <source>{count} of the {polygons} area polygons have an identifier that is not an area of the employment table (e.g. {examples}): their quotient is empty. Check that both spell areas alike.</source>
        <translation>{count} dei {polygons} poligoni delle aree hanno un identificativo che non è un'area della tabella degli addetti (ad es. {examples}): il loro quoziente è vuoto. Controlla che entrambi scrivano le aree allo stesso modo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="769"/>
        <source>{count} areas of the employment table have no polygon in the areas layer (e.g. {examples}): they are not on the map, but they count in the reference.</source>
        <translation>{count} aree della tabella degli addetti non hanno un poligono nel layer delle aree (ad es. {examples}): non sono sulla mappa, ma contano nel riferimento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/compare.py" line="80"/>
        <source>District names must be unique, as each district is one row; these names are given more than once: {names}. Dissolve the layer by the name field first (Vector &gt; Geoprocessing &gt; Dissolve) or choose another name field.</source>
        <translation>I nomi dei distretti devono essere univoci, perché ogni distretto è una riga; questi nomi compaiono più di una volta: {names}. Prima aggrega il layer per il campo del nome (Vettore &gt; Strumenti di geoprocessing &gt; Dissolvi) o scegli un altro campo del nome.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="80"/>
        <source>the first date</source>
        <translation>la prima data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="81"/>
        <source>the second date</source>
        <translation>la seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/compare.py" line="704"/>
        <source>No district name is found in the employment table&apos;s district field (it has e.g. {areas}; the districts are e.g. {districts}): choose the field holding the district names, or make the names match.</source>
        <translation>Nessun nome di distretto si trova nel campo del distretto della tabella degli addetti (contiene ad esempio {areas}; i distretti sono ad esempio {districts}): scegli il campo che contiene i nomi dei distretti, o fai corrispondere i nomi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="82"/>
        <source>n/a: the district has no industrial land at that date, so the metric is undefined (the number of patches is 0).</source>
        <translation>n/d: il distretto non ha suolo industriale a quella data, quindi la metrica non è definita (il numero di macchie è 0).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="87"/>
        <source>An empty share of industrial land kept: the district had no industrial land at the first date.</source>
        <translation>Una quota vuota di suolo industriale mantenuto: il distretto non aveva suolo industriale alla prima data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="91"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="132"/>
        <source>Industrial pieces per 100 ha of the district&apos;s land with data: fragmentation comparable across sizes.</source>
        <translation>Macchie industriali per 100 ha del suolo del distretto con dati: frammentazione confrontabile tra dimensioni diverse.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="240"/>
        <source>Largest industrial patch (% of the land with data)</source>
        <translation>Macchia industriale più grande (% del suolo con dati)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="51"/>
        <source>Food and beverages</source>
        <translation>Alimentari e bevande</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="52"/>
        <source>Textiles and clothing</source>
        <translation>Tessile e abbigliamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="53"/>
        <source>Leather and footwear</source>
        <translation>Pelli, cuoio e calzature</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="54"/>
        <source>Household goods (wood, furniture, ceramics, glass, stone)</source>
        <translation>Beni per la casa (legno, mobili, ceramica, vetro, pietra)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="55"/>
        <source>Paper, printing and publishing</source>
        <translation>Carta, stampa ed editoria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="56"/>
        <source>Chemicals, petroleum, rubber and plastics</source>
        <translation>Chimica, petrolio, gomma e plastica</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="57"/>
        <source>Basic metals and metal products</source>
        <translation>Metallurgia e prodotti in metallo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="58"/>
        <source>Machinery, electrical, electronic and optical equipment</source>
        <translation>Macchine, apparecchi elettrici, elettronici e ottici</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="59"/>
        <source>Transport equipment</source>
        <translation>Mezzi di trasporto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="60"/>
        <source>Jewellery, musical instruments, toys and other goods</source>
        <translation>Gioielleria, strumenti musicali, giocattoli e altri beni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="62"/>
        <source>industrial district</source>
        <translation>distretto industriale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="63"/>
        <source>not a district</source>
        <translation>non distretto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="290"/>
        <source>table</source>
        <translation>tabella</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="305"/>
        <source>national totals</source>
        <translation>tabella dei totali nazionali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="433"/>
        <source>employees</source>
        <translation>addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/sforzi.py" line="434"/>
        <source>local units</source>
        <translation>unità locali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="354"/>
        <source>{count} rows ({employees} employees) have ATECO codes coarser than the level asked for (e.g. {examples}): they cannot be split, and are left out. Choose a coarser sector level; if the codes were stored as numbers (13.20 read as 13.2), store them as text.</source>
        <translation>{count} righe ({employees} addetti) hanno codici ATECO meno dettagliati del livello richiesto (ad esempio {examples}): non si possono suddividere e sono escluse. Scegli un livello di settore meno dettagliato; se i codici erano memorizzati come numeri (13.20 letto come 13.2), memorizzali come testo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/specialisation.py" line="397"/>
        <source>No row of the employment table has an area, a sector and a number of employees: check the fields chosen and the sector level. {reasons}</source>
        <translation>Nessuna riga della tabella degli addetti ha un'area, un settore e un numero di addetti: controlla i campi scelti e il livello di settore. {reasons}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="143"/>
        <source>The AFTER raster&apos;s grid differs from BEFORE (CRS {crs_a} vs {crs_b}, cell {res_a} vs {res_b}, columns x rows {shape_a} vs {shape_b}): AFTER was aligned onto the BEFORE grid by nearest neighbour.</source>
        <translation>La griglia del raster DOPO è diversa da PRIMA (SR {crs_a} e {crs_b}, cella {res_a} e {res_b}, colonne x righe {shape_a} e {shape_b}): DOPO è stato allineato sulla griglia di PRIMA con il vicino più prossimo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/code_index.py" line="26"/>
        <source>The raster {name} has cell type {dtype}: a land-use map needs whole-number codes (convert it with Raster &gt; Conversion &gt; Translate, output data type Int32).</source>
        <translation>Il raster {name} ha celle di tipo {dtype}: una carta d'uso del suolo richiede codici interi (convertilo con Raster &gt; Conversione &gt; Converti, tipo di dato in uscita Int32).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="82"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="81"/>
        <source>Unmapped</source>
        <translation>Non in nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="41"/>
        <source>What happened between the two land-use maps to industrial land and to the land around it: how much industrial land was kept, lost (and to what) or gained, at what distance from the industrial areas, and how every production class gained and lost land. The maps, settings and method are listed at the end.</source>
        <translation>Che cosa è successo al suolo industriale e al suolo intorno a esso tra le due carte d'uso del suolo: quanto suolo industriale è stato mantenuto, perso (e per che cosa) o guadagnato, a quale distanza dalle aree industriali, e quanto suolo ha guadagnato e perso ogni classe produttiva. Le carte, le impostazioni e il metodo sono elencati alla fine.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="57"/>
        <source>For the whole study area: the land with a code at both dates (nodata excluded). Shares of the industrial land are of the land industrial at the first date.</source>
        <translation>Per l'intera area di studio: il suolo con un codice a entrambe le date (nodata escluso). Le quote del suolo industriale sono riferite al suolo industriale alla prima data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="62"/>
        <source>Figure</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="63"/>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="64"/>
        <source>% of the study area</source>
        <translation>% dell'area di studio</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="65"/>
        <source>% of the industrial land at the first date</source>
        <translation>% del suolo industriale alla prima data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="66"/>
        <source>Study area</source>
        <translation>Area di studio</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="67"/>
        <source>Industrial land at the first date</source>
        <translation>Suolo industriale alla prima data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="68"/>
        <source>Industrial land at the second date</source>
        <translation>Suolo industriale alla seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="69"/>
        <source>Net change of industrial land</source>
        <translation>Variazione netta del suolo industriale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="70"/>
        <source>Land that changed production class</source>
        <translation>Suolo che ha cambiato classe produttiva</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="71"/>
        <source>De-industrialisation, all destinations</source>
        <translation>Deindustrializzazione, tutte le destinazioni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="72"/>
        <source>Change by distance ring</source>
        <translation>Cambiamenti per fascia di distanza</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="73"/>
        <source>Hectares of each change type per distance ring from the industrial areas; each bar is labelled with the land that changed. No change and industrial persistence are left out of the bars: they are in the table.</source>
        <translation>Ettari di ogni tipo di cambiamento per fascia di distanza dalle aree industriali; ogni barra è etichettata con il suolo cambiato. Nessun cambiamento e persistenza industriale sono esclusi dalle barre: si trovano nella tabella.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="79"/>
        <source>The same as shares of each ring&apos;s area: rings differ in size (the last one reaches the edge of the study area), so compare shares across rings.</source>
        <translation>Gli stessi valori come quote della superficie di ogni fascia: le fasce hanno dimensioni diverse (l'ultima arriva al bordo dell'area di studio), quindi confronta le quote tra le fasce.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="84"/>
        <source>The run had no distance rings: the change types of the whole study area are in the table.</source>
        <translation>L'esecuzione non aveva fasce di distanza: i tipi di cambiamento dell'intera area di studio sono nella tabella.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="88"/>
        <source>Change by zone</source>
        <translation>Cambiamenti per zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="89"/>
        <source>Hectares of each change type per zone, all rings together; each bar is labelled with the land that changed. No change and industrial persistence are left out of the bars. Industrial land kept: the industrial persistence as a share of the zone&apos;s industrial land at the first date.</source>
        <translation>Ettari di ogni tipo di cambiamento per zona, tutte le fasce insieme; ogni barra è etichettata con il suolo cambiato. Nessun cambiamento e persistenza industriale sono esclusi dalle barre. Suolo industriale mantenuto: la persistenza industriale come quota del suolo industriale della zona alla prima data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="95"/>
        <source>Change accounting</source>
        <translation>Contabilità dei cambiamenti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="96"/>
        <source>Gross loss (left) and gross gain (right) of each production class between the two dates, in hectares, on one scale. Classes absent at both dates are left out.</source>
        <translation>Perdita lorda (a sinistra) e guadagno lordo (a destra) di ogni classe produttiva tra le due date, in ettari, su un'unica scala. Le classi assenti a entrambe le date sono escluse.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="101"/>
        <source>Net change = gross gain - gross loss; swap = 2 × the smaller of gain and loss (land that changed place without changing the class's total); the net and swap split into quantity, exchange and shift (Pontius &amp; Santacruz 2014). The total row counts each change once.</source>
        <translation>Variazione netta = guadagno lordo - perdita lorda; scambio (swap) = 2 × il minore tra guadagno e perdita (suolo che ha cambiato posto senza cambiare il totale della classe); la variazione netta e lo scambio si scompongono in quantità, scambio (exchange) e spostamento (shift) (Pontius &amp; Santacruz 2014). La riga del totale conta ogni cambiamento una volta sola.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="107"/>
        <source>Largest transitions</source>
        <translation>Transizioni più grandi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="108"/>
        <source>The {shown} largest of the {count} transitions between codes that changed the land&apos;s production class; the transitions output holds them all, also those within a class.</source>
        <translation>Le {shown} transizioni più grandi delle {count} tra codici che hanno cambiato la classe produttiva del suolo; il risultato delle transizioni le contiene tutte, anche quelle all'interno di una classe.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="113"/>
        <source>No land changed production class.</source>
        <translation>Nessun suolo ha cambiato classe produttiva.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="114"/>
        <source>Method and data</source>
        <translation>Metodo e dati</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="115"/>
        <source>Each code of the nomenclature belongs to a production class. The change typology, a matrix of the class at the first date against the class at the second (below), gives every pair of classes a change type: industrial land kept is industrial persistence; industrial land that became something else is de-industrialisation, named after what it became; other urban land that became industrial is re-industrialisation; green, agricultural or natural land or water that became industrial is industrial land take.</source>
        <translation>Ogni codice della nomenclatura appartiene a una classe produttiva. La tipologia dei cambiamenti, una matrice della classe alla prima data rispetto alla classe alla seconda (sotto), assegna a ogni coppia di classi un tipo di cambiamento: il suolo industriale mantenuto è persistenza industriale; il suolo industriale diventato altro è deindustrializzazione, denominata secondo ciò che è diventato; l'altro suolo urbano diventato industriale è reindustrializzazione; il suolo verde, agricolo o naturale o le acque diventati industriali sono consumo di suolo industriale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="124"/>
        <source>Distance rings are measured from the industrial areas (the polygons given, else the land industrial at the first date), from cell centre to cell centre; the first ring is the industrial areas themselves, the last reaches the edge of the study area.</source>
        <translation>Le fasce di distanza si misurano dalle aree industriali (i poligoni indicati, altrimenti il suolo industriale alla prima data), da centro a centro delle celle; la prima fascia sono le aree industriali stesse, l'ultima arriva al bordo dell'area di studio.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="130"/>
        <source>Distance rings are measured from the industrial areas (the polygons given, else the land industrial at the first date); the polygons are cut exactly at the ring and zone edges; the first ring is the industrial areas themselves, the last reaches the edge of the study area.</source>
        <translation>Le fasce di distanza si misurano dalle aree industriali (i poligoni indicati, altrimenti il suolo industriale alla prima data); i poligoni sono tagliati esattamente ai bordi delle fasce e delle zone; la prima fascia sono le aree industriali stesse, l'ultima arriva al bordo dell'area di studio.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="136"/>
        <source>Change accounting: Pontius, R. G., Jr., &amp; Santacruz, A. (2014). Quantity, exchange, and shift components of difference in a square contingency table. International Journal of Remote Sensing, 35(21), 7543-7554.</source>
        <translation>Contabilità dei cambiamenti: Pontius, R. G., Jr., &amp; Santacruz, A. (2014). Quantity, exchange, and shift components of difference in a square contingency table. International Journal of Remote Sensing, 35(21), 7543-7554.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="142"/>
        <source>Change typology: class at the first date (rows) and at the second date (columns).</source>
        <translation>Tipologia dei cambiamenti: classe alla prima data (righe) e alla seconda data (colonne).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="145"/>
        <source>First date / second date</source>
        <translation>Prima data / seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="146"/>
        <source>Data and settings of the run.</source>
        <translation>Dati e impostazioni dell'esecuzione.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="147"/>
        <source>Input</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="148"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="197"/>
        <source>Distance ring</source>
        <translation>Fascia di distanza</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="196"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="206"/>
        <source>Zone area (ha)</source>
        <translation>Superficie della zona (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="153"/>
        <source>Ring area (ha)</source>
        <translation>Superficie della fascia (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="154"/>
        <source>Changed (ha)</source>
        <translation>Cambiato (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="155"/>
        <source>Changed (% of the ring)</source>
        <translation>Cambiato (% della fascia)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="176"/>
        <source>Production class</source>
        <translation>Classe produttiva</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="178"/>
        <source>First date (ha)</source>
        <translation>Prima data (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="179"/>
        <source>Second date (ha)</source>
        <translation>Seconda data (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="180"/>
        <source>Persistence (ha)</source>
        <translation>Persistenza (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="181"/>
        <source>Gross gain (ha)</source>
        <translation>Guadagno lordo (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="182"/>
        <source>Gross loss (ha)</source>
        <translation>Perdita lorda (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="183"/>
        <source>Net change (ha)</source>
        <translation>Variazione netta (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="184"/>
        <source>Swap (ha)</source>
        <translation>Scambio (swap, ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="185"/>
        <source>Quantity (ha)</source>
        <translation>Quantità (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="186"/>
        <source>Exchange (ha)</source>
        <translation>Scambio (exchange, ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="187"/>
        <source>Shift (ha)</source>
        <translation>Spostamento (shift, ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="168"/>
        <source>From (first date)</source>
        <translation>Da (prima data)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="169"/>
        <source>To (second date)</source>
        <translation>A (seconda data)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="201"/>
        <source>Change type</source>
        <translation>Tipo di cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="172"/>
        <source>% of the ring</source>
        <translation>% della fascia</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="111"/>
        <source>Industrial areas</source>
        <translation>Aree industriali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="119"/>
        <source>{lower}-{upper}</source>
        <translation>{lower}-{upper}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="124"/>
        <source>Beyond {lower}</source>
        <translation>Oltre {lower}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/gui/indicator_labels.py" line="113"/>
        <source>All rings</source>
        <translation>Tutte le fasce</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="177"/>
        <source>All zones</source>
        <translation>Tutte le zone</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="648"/>
        <source>The typology matrix must have one row and one column per production class ({n}).</source>
        <translation>La matrice della tipologia deve avere una riga e una colonna per ogni classe produttiva ({n}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="673"/>
        <source>The land-use change table &apos;{table}&apos; lacks the columns {missing}: pass the tables of a land-use change result.</source>
        <translation>Alla tabella dei cambiamenti d'uso del suolo '{table}' mancano le colonne {missing}: passa le tabelle di un risultato dei cambiamenti d'uso del suolo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="897"/>
        <source>The minimum mapping unit for change must be 0 (none) or a positive area in hectares, e.g. 5 as in CORINE Land Cover&apos;s change layers (got {value}).</source>
        <translation>L'unità minima cartografabile dei cambiamenti deve essere 0 (nessuna) o una superficie positiva in ettari, ad es. 5 come nei layer dei cambiamenti di CORINE Land Cover (ricevuto {value}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="913"/>
        <source>Minimum mapping unit for change {mmu} ha ({cells} cells): {ha} ha of change in patches smaller than that ({share} of the {found} ha of change found cell by cell) counted as unchanged; the summary gives them by change type (below_mmu_ha).</source>
        <translation>Unità minima cartografabile dei cambiamenti {mmu} ha ({cells} celle): {ha} ha di cambiamento in macchie più piccole ({share} dei {found} ha di cambiamento trovati cella per cella) contati come invariati; il riepilogo li riporta per tipo di cambiamento (below_mmu_ha).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="929"/>
        <source>AFTER&apos;s cells lie {rows} x {cols} cells (rows x columns, on average) off BEFORE&apos;s: aligning AFTER onto BEFORE&apos;s grid alone is expected to show about {ha} ha of change where nothing changed ({share} of the {found} ha of change found cell by cell). Read change of that order as possibly an artefact of the two grids; the summary (resampling_ha) and the change accounting (resampling_gross_gain_ha, resampling_gross_loss_ha) give the estimate by change type and by class. A minimum mapping unit for change leaves much of it out.</source>
        <translation>Le celle di DOPO sono spostate di {rows} x {cols} celle (righe x colonne, in media) rispetto a quelle di PRIMA: il solo allineamento di DOPO sulla griglia di PRIMA dovrebbe mostrare circa {ha} ha di cambiamento dove nulla è cambiato ({share} dei {found} ha di cambiamento trovati cella per cella). Leggi un cambiamento di quest'ordine come un possibile artefatto delle due griglie; il riepilogo (resampling_ha) e la contabilità dei cambiamenti (resampling_gross_gain_ha, resampling_gross_loss_ha) riportano la stima per tipo di cambiamento e per classe. Un'unità minima cartografabile dei cambiamenti ne esclude gran parte.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/features.py" line="33"/>
        <source>the query</source>
        <translation>l'interrogazione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/features.py" line="36"/>
        <source>The service&apos;s answer to the query holds no list of features (keys: {keys}): it cannot be read.</source>
        <translation>La risposta del servizio all'interrogazione non contiene un elenco di elementi (chiavi: {keys}): non si può leggere.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/features.py" line="80"/>
        <source>A feature in the service&apos;s answer to the query is malformed: the answer cannot be read.</source>
        <translation>Un elemento nella risposta del servizio all'interrogazione è malformato: la risposta non si può leggere.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/land_cover.py" line="53"/>
        <source>The CORINE nomenclatures {codes} and {grid} do not list the same classes in the same order.</source>
        <translation>Le nomenclature CORINE {codes} e {grid} non elencano le stesse classi nello stesso ordine.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/land_cover.py" line="103"/>
        <source>{count} invalid CORINE polygons were repaired.</source>
        <translation>{count} poligoni CORINE non validi sono stati riparati.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/land_cover.py" line="126"/>
        <source>{count} CORINE polygons ({ha} ha) have codes outside the 44 classes and were left out: {codes} (990, 995, 999 mark unclassified land, unclassified water and no data).</source>
        <translation>{count} poligoni CORINE ({ha} ha) hanno codici fuori dalle 44 classi e sono stati esclusi: {codes} (990, 995, 999 indicano terre non classificate, acque non classificate e nessun dato).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/land_cover.py" line="139"/>
        <source>None of the CORINE Land Cover {year} polygons downloaded covers the area with a CORINE class: the area lies outside CORINE&apos;s coverage, or holds only unclassified land.</source>
        <translation>Nessuno dei poligoni CORINE Land Cover {year} scaricati copre l'area con una classe CORINE: l'area è fuori dalla copertura di CORINE, o contiene solo terre non classificate.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/land_cover.py" line="183"/>
        <source>The raster of this area would have {cells} cells of 100 m, more than {limit}: leave the raster output out, or split the area.</source>
        <translation>Il raster di quest'area avrebbe {cells} celle di 100 m, più di {limit}: rinuncia al raster in uscita, o dividi l'area.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/query.py" line="164"/>
        <source>the count of polygons</source>
        <translation>il conteggio dei poligoni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/query.py" line="167"/>
        <source>The service&apos;s answer to the count of polygons holds no count: it cannot be read.</source>
        <translation>La risposta del servizio al conteggio dei poligoni non contiene un conteggio: non si può leggere.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/query.py" line="176"/>
        <source>the list of object ids</source>
        <translation>l'elenco degli id degli oggetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/query.py" line="181"/>
        <source>The service&apos;s answer to the list of object ids holds no list: it cannot be read.</source>
        <translation>La risposta del servizio all'elenco degli id degli oggetti non contiene un elenco: non si può leggere.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/query.py" line="192"/>
        <source>The CORINE Land Cover {year} layer has no polygons in this area. CORINE covers the EEA member and cooperating countries (1990: fewer of them): check that the area lies there and that its CRS is right.</source>
        <translation>Il layer CORINE Land Cover {year} non ha poligoni in quest'area. CORINE copre i paesi membri e cooperanti dell'EEA (nel 1990 erano meno): controlla che l'area si trovi lì e che il suo sistema di riferimento sia corretto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/query.py" line="202"/>
        <source>The area holds {count} CORINE polygons, more than the limit of {limit}. Split the area (e.g. run once per municipality or province) or raise the maximum number of polygons (MAX_FEATURES): a download this size takes long and much memory.</source>
        <translation>L'area contiene {count} poligoni CORINE, più del limite di {limit}. Dividi l'area (ad es. un'esecuzione per comune o per provincia) o alza il numero massimo di poligoni (MAX_FEATURES): un download di queste dimensioni richiede molto tempo e molta memoria.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/query.py" line="288"/>
        <source>The service says it holds more polygons after {offset} but sent none: the download stopped. Try again later.</source>
        <translation>Il servizio dice di avere altri poligoni dopo {offset} ma non ne ha inviato nessuno: il download si è interrotto. Riprova più tardi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/service.py" line="59"/>
        <source>The service&apos;s answer to {what} is not JSON (it begins: &apos;{start}&apos;). The address may not be an ArcGIS REST layer, or the service is down: try again later or check the address.</source>
        <translation>La risposta del servizio per {what} non è JSON (inizia con: '{start}'). L'indirizzo potrebbe non essere un layer ArcGIS REST, o il servizio non è attivo: riprova più tardi o controlla l'indirizzo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/service.py" line="69"/>
        <source>The service&apos;s answer to {what} is JSON but not an object: it cannot be read.</source>
        <translation>La risposta del servizio per {what} è JSON ma non un oggetto: non si può leggere.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/service.py" line="85"/>
        <source>The service refused {what}: it needs a token (ArcGIS error {code}: {message}). Use a public service or set up the authentication in QGIS.</source>
        <translation>Il servizio ha rifiutato {what}: richiede un token (errore ArcGIS {code}: {message}). Usa un servizio pubblico o configura l'autenticazione in QGIS.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/service.py" line="95"/>
        <source>The service answered {what} with ArcGIS error {code}: {message}</source>
        <translation>Il servizio ha risposto con l'errore ArcGIS {code} per {what}: {message}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/service.py" line="146"/>
        <source>The layer has no field with the CORINE code of {year} (expected a field such as CODE_{yy}); its fields are: {fields}. Check the address: it must be a CORINE Land Cover vector layer.</source>
        <translation>Il layer non ha un campo con il codice CORINE del {year} (atteso un campo come CODE_{yy}); i suoi campi sono: {fields}. Controlla l'indirizzo: deve essere un layer vettoriale CORINE Land Cover.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/service.py" line="163"/>
        <source>the layer description</source>
        <translation>la descrizione del layer</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/service.py" line="168"/>
        <source>The address {url} is a map service, not one of its layers. Add the number of the vector layer to it, e.g. {url}/0. Its layers: {layers}.</source>
        <translation>L'indirizzo {url} è un servizio cartografico, non uno dei suoi layer. Aggiungi il numero del layer vettoriale, ad es. {url}/0. I suoi layer: {layers}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/service.py" line="183"/>
        <source>The layer {name} at {url} is a {kind}, not the CORINE vector layer. Open {service} in a browser (the ArcGIS REST services directory) and give the address of the vector layer (polygons with the CORINE code).</source>
        <translation>Il layer {name} su {url} è di tipo {kind}, non il layer vettoriale CORINE. Apri {service} in un browser (l'elenco dei servizi ArcGIS REST) e indica l'indirizzo del layer vettoriale (poligoni con il codice CORINE).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/service.py" line="196"/>
        <source>The layer description at {url} lists no fields: it is not the description of an ArcGIS REST vector layer.</source>
        <translation>La descrizione del layer su {url} non elenca alcun campo: non è la descrizione di un layer vettoriale ArcGIS REST.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/service.py" line="206"/>
        <source>The layer {name} holds {kind}, not polygons: give the CORINE vector layer (for the EEA services, layer 0).</source>
        <translation>Il layer {name} contiene {kind}, non poligoni: indica il layer vettoriale CORINE (per i servizi dell'EEA, il layer 0).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/service.py" line="217"/>
        <source>The layer {name} does not allow queries (its capabilities: {capabilities}).</source>
        <translation>Il layer {name} non ammette interrogazioni (le sue capacità: {capabilities}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/download.py" line="141"/>
        <source>The area to download covers {area} km², more than the limit of {limit} km². Split it into parts of at most {limit} km² (e.g. with Vector ▸ Research Tools ▸ Create Grid, then one download per cell), or raise {parameter} if the server and this computer can take it.</source>
        <translation>L'area da scaricare copre {area} km², più del limite di {limit} km². Dividila in parti di al massimo {limit} km² (ad es. con Vettore ▸ Strumenti di ricerca ▸ Crea griglia, poi un download per cella), o alza {parameter} se il server e questo computer lo reggono.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="156"/>
        <source>The MXI band is {low}-{high}: the thresholds are percentages (0-100), not fractions; the mixed band of van den Hoek is 20-80.</source>
        <translation>La fascia MXI è {low}-{high}: le soglie sono percentuali (0-100), non frazioni; la fascia mista di van den Hoek è 20-80.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="423"/>
        <source>The buildings layer has no coordinate reference system: set it and run again.</source>
        <translation>Il layer degli edifici non ha un sistema di riferimento: impostalo ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="430"/>
        <source>The buildings are in geographic coordinates ({crs}): every layer was reprojected to {target} for areas in square metres; the outputs are in {target}.</source>
        <translation>Gli edifici sono in coordinate geografiche ({crs}): ogni layer è stato riproiettato in {target} per avere le superfici in metri quadrati; i risultati sono in {target}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="452"/>
        <source>The buildings layer holds {count} points or lines among {total} features: give building footprints (polygons). Points of firms or shops go in the activities.</source>
        <translation>Il layer degli edifici contiene {count} punti o linee su {total} elementi: indica le impronte degli edifici (poligoni). I punti di imprese o negozi vanno nelle attività.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="461"/>
        <source>buildings</source>
        <translation>edifici</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="467"/>
        <source>The buildings layer has no polygons with an area: choose a layer of building footprints.</source>
        <translation>Il layer degli edifici non ha poligoni con una superficie: scegli un layer di impronte degli edifici.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="476"/>
        <source>{count} &apos;buildings&apos; are larger than 50 ha (the largest {largest} ha): is the buildings layer really building footprints, not land-use or administrative areas?</source>
        <translation>{count} 'edifici' sono più grandi di 50 ha (il più grande {largest} ha): il layer degli edifici contiene davvero impronte di edifici, e non aree d'uso del suolo o amministrative?</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="498"/>
        <source>{count} of {total} buildings have no use ({empty}) or a use the mapping does not know ({unknown}: {examples}): their floor counts as unknown use. Check the use field, or add the values to a mapping CSV.</source>
        <translation>{count} edifici su {total} non hanno un uso ({empty}) o hanno un uso che la corrispondenza non conosce ({unknown}: {examples}): la loro superficie di pavimento conta come uso sconosciuto. Controlla il campo dell'uso, o aggiungi i valori a un CSV di corrispondenza.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="516"/>
        <source>Some values of the levels field are not a number of levels ({examples}; text that does not start with a number, negative values and values above 200 are not read): the default is used there. Is it the right field?</source>
        <translation>Alcuni valori del campo dei piani non sono un numero di piani ({examples}; il testo che non comincia con un numero, i valori negativi e quelli sopra 200 non si leggono): lì si usa il valore predefinito. È il campo giusto?</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="528"/>
        <source>{count} of {total} buildings have no usable number of levels: {levels} level(s) assumed (column levels_assumed_pct of the units).</source>
        <translation>{count} edifici su {total} non hanno un numero di piani utilizzabile: assunti {levels} piano/i (colonna levels_assumed_pct delle unità).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="181"/>
        <source>The activities lie outside the area of the buildings (their extents do not overlap): give the activities and buildings of the same place, and check both layers&apos; CRS.</source>
        <translation>Le attività sono fuori dall'area degli edifici (le loro estensioni non si sovrappongono): indica attività ed edifici dello stesso luogo, e controlla il sistema di riferimento di entrambi i layer.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="193"/>
        <source>A grid of {cell} m cells over the buildings&apos; extent would have about {cells} cells: choose a larger cell size or a smaller area.</source>
        <translation>Una griglia di celle di {cell} m sull'estensione degli edifici avrebbe circa {cells} celle: scegli celle più grandi o un'area più piccola.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="203"/>
        <source>The grid has about {cells} cells of {cell} m: the units output will be large. A cell of 50-200 m suits most analyses.</source>
        <translation>La griglia ha circa {cells} celle di {cell} m: il risultato delle unità sarà grande. Una cella di 50-200 m va bene per la maggior parte delle analisi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="223"/>
        <source>The units layer has no coordinate reference system: set it and run again.</source>
        <translation>Il layer delle unità non ha un sistema di riferimento: impostalo ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="228"/>
        <source>units</source>
        <translation>unità</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="232"/>
        <source>The units layer has no polygons with an area: choose blocks, census sections or another polygon layer.</source>
        <translation>Il layer delle unità non ha poligoni con una superficie: scegli isolati, sezioni di censimento o un altro layer di poligoni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="264"/>
        <source>{count} buildings lie wholly or partly outside every unit: their floor outside the units is not counted.</source>
        <translation>{count} edifici sono del tutto o in parte fuori da ogni unità: la loro superficie di pavimento fuori dalle unità non viene contata.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="304"/>
        <source>{count} activities lie outside every unit and are not counted.</source>
        <translation>{count} attività sono fuori da ogni unità e non vengono contate.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="336"/>
        <source>Gi* was computed on {count} units with floor area: too few for its normal p-values (at least 30 are usual). Read the significant units with care, or use a smaller cell.</source>
        <translation>Il Gi* è stato calcolato su {count} unità con superficie di pavimento: troppo poche per i suoi p-value normali (di solito ne servono almeno 30). Leggi con cautela le unità significative, o usa una cella più piccola.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="347"/>
        <source>Gi* could not be computed (fewer than three units with floor area, or the same mix everywhere): no unit was kept as a significant cluster.</source>
        <translation>Il Gi* non si è potuto calcolare (meno di tre unità con superficie di pavimento, o lo stesso mix ovunque): nessuna unità è stata tenuta come cluster significativo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="384"/>
        <source>{count} of {occupied} units hold activities but no buildings: the buildings layer does not cover the activities&apos; area. Those units are classed &apos;activities_only&apos;.</source>
        <translation>{count} unità su {occupied} contengono attività ma non edifici: il layer degli edifici non copre l'area delle attività. Queste unità sono classificate 'activities_only'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="545"/>
        <source>Give a cell size above 0 (in map units) for the grid, or a layer of units.</source>
        <translation>Indica per la griglia una dimensione della cella maggiore di 0 (in unità della mappa), o un layer di unità.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="551"/>
        <source>The MXI band must satisfy 0 &lt;= minimum &lt; maximum &lt;= 100 (got {low} and {high}); van den Hoek&apos;s mixed band is 20-80.</source>
        <translation>La fascia MXI deve soddisfare 0 &lt;= minimo &lt; massimo &lt;= 100 (ricevuto {low} e {high}); la fascia mista di van den Hoek è 20-80.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="561"/>
        <source>The default number of levels must be above 0 (got {levels}).</source>
        <translation>Il numero di piani predefinito deve essere maggiore di 0 (ricevuto {levels}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="566"/>
        <source>The Gi* significance level must lie between 0 (no test) and 0.5, e.g. 0.05.</source>
        <translation>Il livello di significatività del Gi* deve essere compreso tra 0 (nessun test) e 0,5, ad es. 0,05.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="589"/>
        <source>{count} features of the {what} layer have no polygon with an area (empty, broken or not a polygon) and are left out.</source>
        <translation>{count} elementi del layer {what} non hanno un poligono con una superficie (vuoto, danneggiato o non poligonale) e sono esclusi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="629"/>
        <source>The activities layer has no coordinate reference system: set it and run again.</source>
        <translation>Il layer delle attività non ha un sistema di riferimento: impostalo ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="653"/>
        <source>{count} of {total} activities are not production, office or service activities in the mapping ({examples}) and are not counted.</source>
        <translation>{count} attività su {total} non sono attività produttive, di ufficio o di servizio secondo la corrispondenza ({examples}) e non vengono contate.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/livework/microspaces.py" line="673"/>
        <source>The residents layer has no coordinate reference system: set it and run again.</source>
        <translation>Il layer dei residenti non ha un sistema di riferimento: impostalo ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/production.py" line="401"/>
        <source>{count} invalid OSM polygons were repaired (keeping every part).</source>
        <translation>{count} poligoni OSM non validi sono stati riparati (conservando ogni parte).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="70"/>
        <source>The extent {west}, {south}, {east}, {north} (degrees) is not a valid area to download: give an extent with a width and a height, inside -180..180° of longitude and -90..90° of latitude.</source>
        <translation>L'estensione {west}, {south}, {east}, {north} (gradi) non è un'area valida da scaricare: indica un'estensione con una larghezza e un'altezza, entro -180..180° di longitudine e -90..90° di latitudine.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="91"/>
        <source>An outline of the area has fewer than three points: it bounds no area.</source>
        <translation>Un contorno dell'area ha meno di tre punti: non delimita alcuna area.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="123"/>
        <source>The date &apos;{date}&apos; is not an ISO date: write it as YYYY-MM-DD (e.g. 2016-04-10), or with a time as YYYY-MM-DDTHH:MM:SSZ (UTC).</source>
        <translation>La data '{date}' non è una data ISO: scrivila come YYYY-MM-DD (ad es. 2016-04-10), o con l'ora come YYYY-MM-DDTHH:MM:SSZ (UTC).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="144"/>
        <source>The date {date} is in the future: leave it empty for the current data.</source>
        <translation>La data {date} è nel futuro: lasciala vuota per i dati attuali.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="181"/>
        <source>No area to download: give an extent or polygons.</source>
        <translation>Nessuna area da scaricare: indica un'estensione o dei poligoni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="234"/>
        <source>{service} sent an empty answer. Try again later, or another endpoint.</source>
        <translation>{service} ha inviato una risposta vuota. Riprova più tardi, o con un altro endpoint.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="272"/>
        <source>The answer of {service} is not well-formed OSM XML ({error}): it was probably cut short. Try again, or download a smaller area.</source>
        <translation>{service} ha inviato una risposta che non è un OSM XML ben formato ({error}): probabilmente è stata troncata. Riprova, o scarica un'area più piccola.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="285"/>
        <source>{service} found no production-related features (land use, buildings, crafts, industry) in this area on {date}: little may have been mapped then. Try a later date or a larger area.</source>
        <translation>{service} non ha trovato elementi legati alla produzione (uso del suolo, edifici, artigianato, industria) in quest'area al {date}: forse allora era stato mappato poco. Prova una data successiva o un'area più grande.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="291"/>
        <source>{service} found no production-related features (land use, buildings, crafts, industry) in this area. Check that the area is where you expect it (its CRS), or download a larger area.</source>
        <translation>{service} non ha trovato elementi legati alla produzione (uso del suolo, edifici, artigianato, industria) in quest'area. Controlla che l'area sia dove te l'aspetti (il suo sistema di riferimento), o scarica un'area più grande.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="305"/>
        <source>{service} answered JSON, not OSM XML: the endpoint ignores [out:xml] or is not an Overpass API. Check the endpoint.</source>
        <translation>{service} ha risposto in JSON, non in OSM XML: l'endpoint ignora [out:xml] o non è un'API Overpass. Controlla l'endpoint.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="314"/>
        <source>{service} answered an HTML page, not OSM XML: {text}. Check the endpoint (an Overpass API interpreter URL, such as https://overpass-api.de/api/interpreter).</source>
        <translation>{service} ha risposto con una pagina HTML, non con OSM XML: {text}. Controlla l'endpoint (un URL di interprete dell'API Overpass, come https://overpass-api.de/api/interpreter).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="320"/>
        <source>{service} answered text that is not OSM XML: {text}. Check the endpoint (an Overpass API interpreter URL, such as https://overpass-api.de/api/interpreter).</source>
        <translation>{service} ha risposto con un testo che non è OSM XML: {text}. Controlla l'endpoint (un URL di interprete dell'API Overpass, come https://overpass-api.de/api/interpreter).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="332"/>
        <source>{service} stopped the query: &apos;{remark}&apos;. Raise TIMEOUT, download a smaller area, or try again when the server is less busy.</source>
        <translation>{service} ha interrotto l'interrogazione: '{remark}'. Alza TIMEOUT, scarica un'area più piccola, o riprova quando il server è meno occupato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="338"/>
        <source>{service} ran out of memory for this query: &apos;{remark}&apos;. Download a smaller area (split it into parts).</source>
        <translation>{service} ha esaurito la memoria per questa interrogazione: '{remark}'. Scarica un'area più piccola (dividila in parti).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="344"/>
        <source>{service} reported an error: &apos;{remark}&apos;.</source>
        <translation>{service} ha segnalato un errore: '{remark}'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/production.py" line="261"/>
        <source>The data lie outside the globe (centre {lon}, {lat}).</source>
        <translation>I dati sono fuori dal globo (centro {lon}, {lat}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/production.py" line="351"/>
        <source>The OSM file {source} holds no nodes with tags and no polygons: it is empty, or covers an area without mapped features.</source>
        <translation>Il file OSM {source} non contiene nodi con tag né poligoni: è vuoto, o copre un'area senza elementi mappati.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/production.py" line="373"/>
        <source>The OSM file {source} holds no buildings: {points} nodes with tags and {polygons} polygons, none tagged building=*. Use an extract with buildings, or ask only for the activities.</source>
        <translation>Il file OSM {source} non contiene edifici: {points} nodi con tag e {polygons} poligoni, nessuno con il tag building=*. Usa un estratto con gli edifici, o chiedi solo le attività.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/production.py" line="411"/>
        <source>{count} OSM polygons were left out because their outline has no area (cut at the edge of the extract, or a ring of fewer than three distinct points): {ids}.</source>
        <translation>{count} poligoni OSM sono stati esclusi perché il loro contorno non ha superficie (tagliato al bordo dell'estratto, o un anello con meno di tre punti distinti): {ids}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/production.py" line="439"/>
        <source>The OSM file {source} holds no production activities (craft, industrial, man_made=works, office, shop, coworking): the activities output is empty.</source>
        <translation>Il file OSM {source} non contiene attività produttive (craft, industrial, man_made=works, office, shop, coworking): il risultato delle attività è vuoto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/production.py" line="572"/>
        <source>{count} buildings have a building value the tag mapping does not list ({values}); they are of class unknown. Add the values to a copy of the mapping to class them.</source>
        <translation>{count} edifici hanno un valore di building che la corrispondenza dei tag non elenca ({values}); sono di classe unknown. Aggiungi i valori a una copia della corrispondenza per classificarli.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/production.py" line="585"/>
        <source>{count} buildings have a building:levels value that is not a number of levels ({values}); their levels are empty.</source>
        <translation>{count} edifici hanno un valore di building:levels che non è un numero di piani ({values}); i loro piani sono vuoti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/tags.py" line="128"/>
        <source>The tag mapping CSV {path} needs the columns key, value and production_class.</source>
        <translation>Il CSV di corrispondenza dei tag {path} deve avere le colonne key, value e production_class.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/corine/service.py" line="130"/>
        <source>The layer&apos;s code field {field} is of {other}, but the year asked is {year}: the layer URL and the year disagree. Choose the year {other}, or the layer of {year} (such as {url}).</source>
        <translation>Il campo del codice {field} del layer è del {other}, ma l'anno richiesto è il {year}: l'URL del layer e l'anno non concordano. Scegli l'anno {other}, o il layer del {year} (come {url}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="354"/>
        <source>&apos;{token}&apos; in the codes or classes to leave out is neither a whole-number code nor a production class ({classes}).</source>
        <translation>'{token}' tra i codici o le classi da escludere non è né un codice intero né una classe produttiva ({classes}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="548"/>
        <source>Polygons of the {name} layer overlap each other on {ha} ha: their overlap is counted twice. Give each place one polygon (e.g. with Vector ▸ Geoprocessing Tools ▸ Difference or Union).</source>
        <translation>I poligoni del layer {name} si sovrappongono tra loro su {ha} ha: la sovrapposizione viene contata due volte. Dai a ogni luogo un solo poligono (ad es. con Vettore ▸ Strumenti di geoprocessing ▸ Differenza o Unione).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/landuse.py" line="168"/>
        <source>{ha} ha where OSM land-use areas overlapped (such as a retail park mapped inside an industrial estate) were given to the smaller, more specific area; {count} larger areas were cut, so each place has one land use.</source>
        <translation>{ha} ha in cui le aree d'uso del suolo OSM si sovrapponevano (come un parco commerciale mappato dentro una zona industriale) sono stati assegnati all'area più piccola e più specifica; {count} aree più grandi sono state tagliate, così ogni luogo ha un solo uso del suolo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_report.py" line="50"/>
        <source>The input holds only land that changed (a change layer such as Urban Atlas change): the study area and the industrial land here are those of the changed polygons, not of the whole territory, so persistence is not seen and shares of the industrial land cannot be given. For the territory&apos;s stocks, overlay two land-use layers that cover all of it.</source>
        <translation>I dati contengono solo il suolo cambiato (un layer dei cambiamenti come Urban Atlas change): l'area di studio e il suolo industriale sono qui quelli dei poligoni cambiati, non dell'intero territorio, quindi la persistenza non si vede e le quote del suolo industriale non si possono calcolare. Per gli stock del territorio, sovrapponi due layer d'uso del suolo che lo coprano tutto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/osm/overpass.py" line="134"/>
        <source>The date {date} is before {first}, when the history of OpenStreetMap kept by Overpass starts (the database under the ODbL licence): Overpass would answer nothing. Choose a later date.</source>
        <translation>La data {date} è anteriore al {first}, quando comincia la storia di OpenStreetMap conservata da Overpass (il database con licenza ODbL): Overpass non risponderebbe nulla. Scegli una data successiva.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/grid.py" line="81"/>
        <source>The raster to align has {bands} bands: give a single-band land-use raster.</source>
        <translation>Il raster da allineare ha {bands} bande: date un raster d'uso del suolo a una banda.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/grid.py" line="88"/>
        <source>Both rasters need a coordinate reference system: assign one (Layer Properties &gt; Source).</source>
        <translation>Entrambi i raster devono avere un sistema di riferimento: assegnatelo (Proprietà del layer &gt; Sorgente).</translation>
    </message>
</context>
<context>
    <name>compare_districts</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="601"/>
        <source>no land-use data</source>
        <translation>nessun dato d'uso del suolo</translation>
    </message>
</context>
<context>
    <name>extents</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/extents.py" line="27"/>
        <source>The extent is empty: draw or type a rectangle with an area.</source>
        <translation>L'estensione è vuota: disegna o digita un rettangolo con un'area.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/extents.py" line="41"/>
        <source>The extent {extent} has no CRS, and its numbers are not longitude and latitude: add its CRS after the numbers, e.g. EXTENT=&quot;{extent} [EPSG:3035]&quot; for metres in EPSG:3035, or EXTENT=&quot;11.0,11.2,43.8,43.95 [EPSG:4326]&quot; in degrees.</source>
        <translation>L'estensione {extent} non ha un sistema di riferimento e i suoi numeri non sono longitudine e latitudine: aggiungi il sistema dopo i numeri, ad es. EXTENT=&quot;{extent} [EPSG:3035]&quot; per metri in EPSG:3035, oppure EXTENT=&quot;11.0,11.2,43.8,43.95 [EPSG:4326]&quot; in gradi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/extents.py" line="49"/>
        <source>The extent {extent} has no CRS: it is read in EPSG:4326 (longitude and latitude). Add the CRS after the numbers, e.g. EXTENT=&quot;11.0,11.2,43.8,43.95 [EPSG:4326]&quot;.</source>
        <translation>L'estensione {extent} non ha un sistema di riferimento: viene letta in EPSG:4326 (longitudine e latitudine). Aggiungi il sistema dopo i numeri, ad es. EXTENT=&quot;11.0,11.2,43.8,43.95 [EPSG:4326]&quot;.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/extents.py" line="63"/>
        <source>The polygons of the area layer cover {area} km² once read in their CRS ({crs}): almost nothing. Check the CRS of the area layer (Layer Properties ▸ Source): longitude and latitude in a layer set to a CRS in metres give such areas.</source>
        <translation>I poligoni del layer dell'area coprono {area} km² letti nel loro sistema di riferimento ({crs}): quasi niente. Controlla il sistema di riferimento del layer dell'area (Proprietà layer ▸ Sorgente): longitudine e latitudine in un layer impostato su un sistema in metri danno aree simili.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/extents.py" line="78"/>
        <source>Give either an extent or an area layer, not both: the area is bounded by one of them.</source>
        <translation>Indica o un'estensione o un layer dell'area, non entrambi: l'area è delimitata da uno dei due.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/extents.py" line="85"/>
        <source>Give the area to download: an extent, or a layer of polygons whose outline bounds it.</source>
        <translation>Indica l'area da scaricare: un'estensione o un layer di poligoni il cui contorno la delimita.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/extents.py" line="101"/>
        <source>The area layer has no CRS: set its CRS (Layer Properties ▸ Source) and run again.</source>
        <translation>Il layer dell'area non ha un sistema di riferimento: impostalo (Proprietà layer ▸ Sorgente) ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/extents.py" line="115"/>
        <source>The area cannot be transformed to {crs}.</source>
        <translation>L'area non si può trasformare in {crs}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/extents.py" line="122"/>
        <source>The area layer holds no polygons (or none selected): give the polygons of the area.</source>
        <translation>Il layer dell'area non contiene poligoni (o nessuno è selezionato): indica i poligoni dell'area.</translation>
    </message>
</context>
<context>
    <name>landuse_change</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="63"/>
        <source>CORINE Land Cover (grid codes 1-44)</source>
        <translation>CORINE Land Cover (codici griglia 1-44)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="64"/>
        <source>CORINE Land Cover (codes 111-523)</source>
        <translation>CORINE Land Cover (codici 111-523)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="65"/>
        <source>Urban Atlas 2012/2018</source>
        <translation>Urban Atlas 2012/2018</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="66"/>
        <source>Custom (CSV)</source>
        <translation>Personalizzata (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="91"/>
        <source>The nomenclature is &apos;Custom (CSV)&apos;: give the CSV file (columns code, class, label, colour) in the custom nomenclature parameter.</source>
        <translation>La nomenclatura è 'Personalizzata (CSV)': indica il file CSV (colonne code, class, label, colour) nel parametro della nomenclatura personalizzata.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="124"/>
        <source>Ring distances must be numbers separated by commas, e.g. 250,500,1000 (got &apos;{text}&apos;).</source>
        <translation>Le distanze delle fasce devono essere numeri separati da virgole, ad es. 250,500,1000 (ricevuto '{text}').</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="172"/>
        <source>Nomenclature</source>
        <translation>Nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="172"/>
        <source>How codes map to production classes: a preset or your own CSV.</source>
        <translation>Come i codici corrispondono alle classi produttive: una nomenclatura predefinita o un tuo CSV.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="183"/>
        <source>Custom nomenclature (CSV)</source>
        <translation>Nomenclatura personalizzata (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="183"/>
        <source>CSV with columns code, class (industrial, commercial, residential, vacant, infrastructure, green, water or nodata), label, colour. Used with &apos;Custom (CSV)&apos;.</source>
        <translation>CSV con le colonne code, class (industrial, commercial, residential, vacant, infrastructure, green, water o nodata), label, colour. Usato con 'Personalizzata (CSV)'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="331"/>
        <source>Industrial areas</source>
        <translation>Aree industriali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="197"/>
        <source>Polygons of the industrial areas the rings are drawn around; by default the land of industrial class at the BEFORE date.</source>
        <translation>Poligoni delle aree industriali intorno a cui si tracciano le fasce; in mancanza, il suolo di classe industriale alla data PRIMA.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="210"/>
        <source>Distance rings (map units)</source>
        <translation>Fasce di distanza (unità della mappa)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="210"/>
        <source>Increasing distances from the industrial areas, separated by commas; empty for none.</source>
        <translation>Distanze crescenti dalle aree industriali, separate da virgole; vuoto per nessuna fascia.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="222"/>
        <source>Change typology (CSV meaning matrix)</source>
        <translation>Tipologia dei cambiamenti (matrice di significato CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="222"/>
        <source>Overrides the &apos;reindustrialisation&apos; preset: first column the class before, header the classes after, each cell a change type.</source>
        <translation>Sostituisce la tipologia predefinita 'reindustrializzazione': prima colonna la classe prima, intestazione le classi dopo, in ogni cella un tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="235"/>
        <source>Zones for the summary</source>
        <translation>Zone per il riepilogo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="235"/>
        <source>Polygons (municipalities, districts…) to summarise per zone.</source>
        <translation>Poligoni (comuni, distretti…) per riassumere per zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="246"/>
        <source>Field naming each zone; required with zones.</source>
        <translation>Campo che dà il nome a ogni zona; obbligatorio con le zone.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="261"/>
        <source>From-to table of codes: cells, hectares and change type.</source>
        <translation>Tabella da-a dei codici: celle, ettari e tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="264"/>
        <source>From-to table of codes: polygons, hectares and change type.</source>
        <translation>Tabella da-a dei codici: poligoni, ettari e tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="269"/>
        <source>Transitions</source>
        <translation>Transizioni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="279"/>
        <source>Summary by ring and zone</source>
        <translation>Riepilogo per fascia e zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="279"/>
        <source>Area and share of each change type per distance ring and zone.</source>
        <translation>Superficie e quota di ogni tipo di cambiamento per fascia di distanza e zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="291"/>
        <source>Change accounting</source>
        <translation>Contabilità dei cambiamenti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="291"/>
        <source>Per production class: gross gain and loss, net change, swap, persistence, quantity, exchange and shift (Pontius &amp; Santacruz 2014).</source>
        <translation>Per classe produttiva: guadagno e perdita lordi, variazione netta, scambio (swap), persistenza, quantità, scambio (exchange) e spostamento (shift) (Pontius &amp; Santacruz 2014).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="82"/>
        <source>The custom nomenclature CSV {path} is not used: the nomenclature is the preset &apos;{preset}&apos;. Choose &apos;{custom}&apos; to use the CSV.</source>
        <translation>Il CSV della nomenclatura personalizzata {path} non viene usato: la nomenclatura è quella predefinita '{preset}'. Scegli '{custom}' per usare il CSV.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="246"/>
        <source>Zone name field (required with zones)</source>
        <translation>Campo del nome della zona (obbligatorio con le zone)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="305"/>
        <source>Transition matrix (hectares)</source>
        <translation>Matrice delle transizioni (ettari)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="305"/>
        <source>Wide from-to table: one row per BEFORE code, one column per AFTER code (to_&lt;code&gt;_ha), hectares, and the row total.</source>
        <translation>Tabella da-a in formato largo: una riga per codice di BEFORE, una colonna per codice di AFTER (to_&lt;code&gt;_ha), in ettari, e il totale della riga.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="327"/>
        <source>Ring polygons</source>
        <translation>Poligoni delle fasce</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="356"/>
        <source>The ring polygons need distance rings: give the distance rings (e.g. 250,500,1000) or leave the ring polygons output empty.</source>
        <translation>I poligoni delle fasce richiedono fasce di distanza: indica le fasce di distanza (ad esempio 250,500,1000) oppure lascia vuoto il risultato dei poligoni delle fasce.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="348"/>
        <source>Choose at least one output: change types, transitions, summary, change accounting, transition matrix, ring polygons or the report.</source>
        <translation>Scegli almeno un risultato: tipi di cambiamento, transizioni, riepilogo, contabilità dei cambiamenti, matrice delle transizioni, poligoni delle fasce o il rapporto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="134"/>
        <source>Leave out of the study area (codes or classes)</source>
        <translation>Escludi dall'area di studio (codici o classi)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="134"/>
        <source>Codes or production classes, separated by commas, that are not part of the territory studied: e.g. water (the sea around an island or a coast), or 523, 522. They are left out like nodata, at both dates, and the log says how much.</source>
        <translation>Codici o classi produttive, separati da virgole, che non fanno parte del territorio studiato: ad es. water (il mare intorno a un'isola o lungo una costa), oppure 523, 522. Vengono esclusi come i nodata, a entrambe le date, e il log dice quanta superficie.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="158"/>
        <source>Left out of the study area: codes {codes}.</source>
        <translation>Esclusi dall'area di studio: codici {codes}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="67"/>
        <source>OpenStreetMap land use (codes 901-918)</source>
        <translation>Uso del suolo OpenStreetMap (codici 901-918)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="429"/>
        <source>industrial areas</source>
        <translation>aree industriali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="441"/>
        <source>Choose the zone name field for the zones layer.</source>
        <translation>Scegli il campo del nome della zona per il layer delle zone.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="446"/>
        <source>zones</source>
        <translation>zone</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="464"/>
        <source>Nomenclature: {n}; typology: {t}</source>
        <translation>Nomenclatura: {n}; tipologia: {t}</translation>
    </message>
</context>
<context>
    <name>landuse_report</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_report.py" line="25"/>
        <source>Report (HTML)</source>
        <translation>Rapporto (HTML)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_report.py" line="25"/>
        <source>HTML files (*.html)</source>
        <translation>File HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_report.py" line="32"/>
        <source>One self-contained page (off by default): key figures, change types by distance ring (and zone), the change accounting as charts, the largest transitions, the method and the inputs. Needs the Python packages matplotlib and jinja2; skip this output to get the other outputs without them.</source>
        <translation>Una pagina autosufficiente (disattivata per default): cifre chiave, tipi di cambiamento per fascia di distanza (e zona), la contabilità dei cambiamenti in grafici, le transizioni più grandi, il metodo e i dati di ingresso. Richiede i pacchetti Python matplotlib e jinja2; rinuncia a questo risultato per ottenere gli altri risultati senza di essi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_report.py" line="51"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_report.py" line="56"/>
        <source>{file} (preset)</source>
        <translation>{file} (predefinita)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_report.py" line="63"/>
        <source>Nomenclature</source>
        <translation>Nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_report.py" line="64"/>
        <source>Change typology</source>
        <translation>Tipologia dei cambiamenti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_report.py" line="65"/>
        <source>Industrial areas</source>
        <translation>Aree industriali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_report.py" line="65"/>
        <source>the industrial land at the first date</source>
        <translation>il suolo industriale alla prima data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_report.py" line="71"/>
        <source>Distance rings</source>
        <translation>Fasce di distanza</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_report.py" line="75"/>
        <source>Zones</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_report.py" line="81"/>
        <source>CRS</source>
        <translation>Sistema di riferimento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_report.py" line="91"/>
        <source>Date of the run</source>
        <translation>Data dell'esecuzione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_report.py" line="92"/>
        <source>ReIndustria version</source>
        <translation>Versione di ReIndustria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_report.py" line="113"/>
        <source>Land-use change around industrial areas</source>
        <translation>Cambiamenti d'uso del suolo intorno alle aree industriali</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="75"/>
        <source>Industrial land take by zone</source>
        <translation>Consumo di suolo industriale per zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="77"/>
        <source>Field with the code at the second date.</source>
        <translation>Campo con il codice alla seconda data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="79"/>
        <source>Field with the code at the first date.</source>
        <translation>Campo con il codice alla prima data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="80"/>
        <source>Polygons with the land-use code at both dates (Urban Atlas change layers are delivered so).</source>
        <translation>Poligoni con il codice d'uso del suolo a entrambe le date (i layer dei cambiamenti Urban Atlas sono forniti così).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="81"/>
        <source>Polygons to summarise per zone.</source>
        <translation>Poligoni per cui riassumere i risultati per zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="82"/>
        <source>Field naming each zone.</source>
        <translation>Campo con il nome di ogni zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="83"/>
        <source>Code field AFTER</source>
        <translation>Campo del codice DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="84"/>
        <source>Code field BEFORE</source>
        <translation>Campo del codice PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="85"/>
        <source>Urban Atlas change layer</source>
        <translation>Layer dei cambiamenti Urban Atlas</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="86"/>
        <source>Zones (municipalities, districts)</source>
        <translation>Zone (comuni, distretti)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="87"/>
        <source>Zone name field</source>
        <translation>Campo del nome della zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="78"/>
        <source>Runs the polygon land-use change on an Urban Atlas change layer (no distance rings) and writes three outputs. Summary by zone: area and share of each change type per zone and for all zones, with the zone&apos;s area and each change type&apos;s share of the zone&apos;s industrial land. Change accounting: per production class, in hectares, area before and after, persistence, gross gain and loss, net change, swap, quantity, exchange and shift. Industrial land take: the polygons whose change type is industrial land take (agricultural or natural land, or water, that became industrial, commercial or public units), with their codes, zone and area_ha. A change layer holds only the land that changed: shares are shares of the changed land.</source>
        <translation>Esegue il cambiamento d'uso del suolo poligonale su un layer di cambiamento Urban Atlas (senza fasce di distanza) e scrive tre risultati. Riepilogo per zona: area e quota di ciascun tipo di cambiamento per zona e per tutte le zone, con l'area della zona e la quota di ciascun tipo di cambiamento sul suolo industriale della zona. Contabilità dei cambiamenti: per classe produttiva, in ettari, area prima e dopo, persistenza, guadagno e perdita lordi, variazione netta, scambio (swap), quantità, scambio (exchange) e spostamento (shift). Consumo di suolo industriale: i poligoni il cui tipo di cambiamento è consumo di suolo industriale (suolo agricolo o naturale, o acqua, diventato unità industriali, commerciali o pubbliche), con i loro codici, la zona e area_ha. Un layer di cambiamento contiene solo il suolo che è cambiato: le quote sono quote del suolo cambiato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="88"/>
        <source>Change accounting</source>
        <translation>Contabilità dei cambiamenti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="89"/>
        <source>Per production class, in hectares: area before and after, persistence, gross gain and loss, net change, swap, quantity, exchange and shift (Pontius &amp; Santacruz 2014).</source>
        <translation>Per classe produttiva, in ettari: area prima e dopo, persistenza, guadagno e perdita lordi, variazione netta, scambio (swap), quantità, scambio (exchange) e spostamento (shift) (Pontius &amp; Santacruz 2014).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="90"/>
        <source>Summary by zone</source>
        <translation>Riepilogo per zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="91"/>
        <source>Area and share of each change type per zone and for all zones, with the zone&apos;s area and each change type&apos;s share of the zone&apos;s industrial land.</source>
        <translation>Area e quota di ciascun tipo di cambiamento per zona e per tutte le zone, con l'area della zona e la quota di ciascun tipo di cambiamento sul suolo industriale della zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="92"/>
        <source>Industrial land take</source>
        <translation>Consumo di suolo industriale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="93"/>
        <source>Polygons of industrial land take (agricultural or natural land, or water, that became industrial, commercial or public units), with their codes, zone and area_ha.</source>
        <translation>Poligoni del consumo di suolo industriale (suolo agricolo o naturale, o acqua, diventato unità industriali, commerciali o pubbliche), con i loro codici, la zona e area_ha.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="3"/>
        <source>CORINE change for an area</source>
        <translation>Cambiamenti CORINE per un'area</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="6"/>
        <source>Polygons in any CRS (a municipality, a district; &apos;selected features only&apos; is honoured): both CORINE years are downloaded for them and clipped to them.</source>
        <translation>Poligoni in qualsiasi sistema di riferimento (un comune, un distretto; 'solo elementi selezionati' viene rispettato): entrambi gli anni CORINE vengono scaricati per essi e ritagliati su di essi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="7"/>
        <source>URL of the ArcGIS REST vector layer of the later year. Empty: the layer in the plugin&apos;s settings (default: the EEA&apos;s CORINE service of that year).</source>
        <translation>URL del layer vettoriale ArcGIS REST dell'anno più recente. Vuoto: il layer indicato nelle impostazioni del plugin (predefinito: il servizio CORINE dell'EEA per quell'anno).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="8"/>
        <source>URL of the ArcGIS REST vector layer of the earlier year. Empty: the layer in the plugin&apos;s settings (default: the EEA&apos;s CORINE service of that year).</source>
        <translation>URL del layer vettoriale ArcGIS REST dell'anno meno recente. Vuoto: il layer indicato nelle impostazioni del plugin (predefinito: il servizio CORINE dell'EEA per quell'anno).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="9"/>
        <source>Distances (m) from the industrial land of the earlier year, separated by commas; empty for none.</source>
        <translation>Distanze (m) dal suolo industriale dell'anno meno recente, separate da virgole; vuoto per nessuna fascia.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="12"/>
        <source>Per production class: gains, losses, net change, swap, persistence.</source>
        <translation>Per classe produttiva: guadagni, perdite, variazione netta, scambio (swap), persistenza.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="13"/>
        <source>Polygons with both codes, classes and the change type, split by distance ring; styled.</source>
        <translation>Poligoni con entrambi i codici, le classi e il tipo di cambiamento, tagliati per fascia di distanza; con lo stile.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="14"/>
        <source>Area and share of each change type per distance ring.</source>
        <translation>Superficie e quota di ogni tipo di cambiamento per fascia di distanza.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="15"/>
        <source>From-to table of CORINE codes: polygons, hectares and change type.</source>
        <translation>Tabella da-a dei codici CORINE: poligoni, ettari e tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="16"/>
        <source>Area (polygons)</source>
        <translation>Area (poligoni)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="17"/>
        <source>Layer URL AFTER (ArcGIS REST)</source>
        <translation>URL del layer DOPO (ArcGIS REST)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="18"/>
        <source>Layer URL BEFORE (ArcGIS REST)</source>
        <translation>URL del layer PRIMA (ArcGIS REST)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="19"/>
        <source>Distance rings (m)</source>
        <translation>Fasce di distanza (m)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="20"/>
        <source>Year AFTER</source>
        <translation>Anno DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="21"/>
        <source>Year BEFORE</source>
        <translation>Anno PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="60"/>
        <source>Per production class: gross gain and loss, net change, swap, persistence, quantity, exchange and shift (Pontius &amp; Santacruz 2014).</source>
        <translation>Per classe produttiva: guadagno e perdita lordi, variazione netta, scambio (swap), persistenza, quantità, scambio (exchange) e spostamento (shift) (Pontius &amp; Santacruz 2014).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="61"/>
        <source>Change types</source>
        <translation>Tipi di cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="25"/>
        <source>Polygons with codes, classes and change type at both dates, split by distance ring (and zone); styled by change type.</source>
        <translation>Poligoni con codici, classi e tipo di cambiamento alle due date, tagliati per fascia di distanza (e zona); con lo stile per tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="26"/>
        <source>Summary by ring</source>
        <translation>Riepilogo per fascia</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="64"/>
        <source>Area and share of each change type per distance ring and zone.</source>
        <translation>Superficie e quota di ogni tipo di cambiamento per fascia di distanza e zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="28"/>
        <source>Transitions</source>
        <translation>Transizioni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="29"/>
        <source>From-to table of codes: polygons, hectares and change type.</source>
        <translation>Tabella da-a dei codici: poligoni, ettari e tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="97"/>
        <source>Side of the square grid cells in metres (the outputs are in the UTM zone of the data).</source>
        <translation>Lato delle celle quadrate della griglia in metri (i risultati sono nel fuso UTM dei dati).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="98"/>
        <source>Levels assumed for buildings without building:levels (most OSM buildings): 1 takes the footprint as floor area.</source>
        <translation>Piani assunti per gli edifici senza building:levels (la maggior parte degli edifici OSM): con 1 la superficie di pavimento è l'impronta.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="99"/>
        <source>An OSM extract of the area (Geofabrik, BBBike, or an Overpass export in XML).</source>
        <translation>Un estratto OSM dell'area (Geofabrik, BBBike, o un'esportazione Overpass in XML).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="100"/>
        <source>Neighbouring mixed live-work cells merged, with ids that stay the same when the run is repeated.</source>
        <translation>Celle miste abitare-lavorare confinanti unite, con identificativi che restano gli stessi quando l'esecuzione si ripete.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="101"/>
        <source>One row: cells per class, microspaces and their area, and how much rests on unknown uses or assumed levels.</source>
        <translation>Una riga: celle per classe, microspazi e la loro superficie, e quanto dipende da usi sconosciuti o da piani assunti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="102"/>
        <source>Every grid cell with floor areas by use, GSI, FSI, MXI, land-use mix, dissimilarity, activity counts and class.</source>
        <translation>Ogni cella della griglia con le superfici di pavimento per uso, GSI, FSI, MXI, mix degli usi del suolo, dissimilarità, conteggi delle attività e classe.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="103"/>
        <source>Grid cell size (m)</source>
        <translation>Lato della cella della griglia (m)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="104"/>
        <source>Default number of levels</source>
        <translation>Numero di piani predefinito</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="105"/>
        <source>OpenStreetMap file (.osm, .osm.pbf)</source>
        <translation>File OpenStreetMap (.osm, .osm.pbf)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="106"/>
        <source>Live-work microspaces</source>
        <translation>Microspazi abitare-lavorare</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="107"/>
        <source>Neighbouring mixed live-work units merged: id (stable across runs), area, buildings, floor by use, MXI, activities and the main activity kinds; drawn as outlines.</source>
        <translation>Unità miste abitare-lavorare confinanti unite: id (stabile tra un'esecuzione e l'altra), superficie, edifici, superficie di pavimento per uso, MXI, attività e i principali tipi di attività; disegnati come contorni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="108"/>
        <source>Live-work summary</source>
        <translation>Riepilogo abitare-lavorare</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="109"/>
        <source>One row: units per class, microspaces and their area, shares, and how many buildings had an unknown use or assumed levels.</source>
        <translation>Una riga: unità per classe, microspazi e la loro superficie, quote, e quanti edifici avevano un uso sconosciuto o piani assunti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="110"/>
        <source>Units with live-work indicators</source>
        <translation>Unità con indicatori abitare-lavorare</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="111"/>
        <source>Every unit with floor areas by use (m²), GSI, FSI, MXI, mix_entropy, dissimilarity, activity counts, class and microspace_id; coloured by class.</source>
        <translation>Ogni unità con le superfici di pavimento per uso (m²), GSI, FSI, MXI, mix_entropy, dissimilarity, i conteggi delle attività, class e microspace_id; colorate per classe.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="5"/>
        <source>CORINE Land Cover change for any area in Europe in one run: both years (by default 2006 and 2018; the earlier must come first) are downloaded from the European Environment Agency's map services (Download CORINE Land Cover, which needs internet), then compared polygon by polygon (Land-use change (polygons), nomenclature 'CORINE Land Cover (codes 111-523)', the reindustrialisation typology). Data: CORINE Land Cover, © European Union, Copernicus Land Monitoring Service. Open the model in the model designer to change the nomenclature, the typology or the outputs.</source>
        <translation>I cambiamenti di CORINE Land Cover per qualsiasi area d'Europa in un'unica esecuzione: entrambi gli anni (per default 2006 e 2018; il meno recente deve venire per primo) vengono scaricati dai servizi cartografici dell'Agenzia europea dell'ambiente (Scarica CORINE Land Cover, che richiede internet), poi confrontati poligono per poligono (Cambiamenti d'uso del suolo (poligoni), nomenclatura 'CORINE Land Cover (codici 111-523)', la tipologia della reindustrializzazione). Dati: CORINE Land Cover, © European Union, Copernicus Land Monitoring Service. Apri il modello nel modellatore grafico per cambiare la nomenclatura, la tipologia o i risultati.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="10"/>
        <source>The later CORINE Land Cover inventory; default 2018.</source>
        <translation>L'inventario CORINE Land Cover più recente; predefinito 2018.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="11"/>
        <source>The earlier CORINE Land Cover inventory; default 2006. It must come before the later one.</source>
        <translation>L'inventario CORINE Land Cover meno recente; predefinito 2006. Deve precedere quello più recente.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="95"/>
        <source>Workflows</source>
        <translation>Flussi di lavoro</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="30"/>
        <source>Industrial change diagnostic</source>
        <translation>Diagnosi dei cambiamenti industriali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="32"/>
        <source>The same nomenclature at the later date (e.g. CORINE 2012); aligned onto the first by nearest neighbour if its grid differs.</source>
        <translation>La stessa nomenclatura alla data successiva (es. CORINE 2012); allineata sulla prima per vicino più prossimo se la griglia differisce.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="34"/>
        <source>Categorical land-use raster of the earlier date (e.g. CORINE 2006), projected CRS, square cells.</source>
        <translation>Raster categorico dell'uso del suolo alla data precedente (es. CORINE 2006), SR proiettato, celle quadrate.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="35"/>
        <source>One polygon per district to compare (dissolve comuni into districts first); also the zones of the change summary and of the landscape metrics.</source>
        <translation>Un poligono per ogni distretto da confrontare (prima dissolvete i comuni in distretti); sono anche le zone del riepilogo dei cambiamenti e delle metriche del paesaggio.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="36"/>
        <source>Field naming each district; names must be unique.</source>
        <translation>Campo che dà il nome a ogni distretto; i nomi devono essere univoci.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="37"/>
        <source>How the raster codes map to production classes (industrial, commercial, residential...).</source>
        <translation>Come i codici del raster corrispondono alle classi produttive (industriale, commerciale, residenziale...).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="38"/>
        <source>With &apos;Custom (CSV)&apos;: columns code, class, label, colour.</source>
        <translation>Con 'Personalizzata (CSV)': colonne code, class, label, colour.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="39"/>
        <source>Outer limits of the rings, in map units, separated by commas: what happened next to industrial land.</source>
        <translation>Limiti esterni delle fasce, in unità della mappa, separati da virgole: che cosa è successo accanto al suolo industriale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="40"/>
        <source>The later date&apos;s year.</source>
        <translation>L'anno della data successiva.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="41"/>
        <source>Names the comparison&apos;s columns and gives rates per year (give both years or neither).</source>
        <translation>Dà il nome alle colonne del confronto e i tassi annui (date entrambi gli anni o nessuno).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="42"/>
        <source>Per production class: area at both dates, gross gain and loss, net change and swap.</source>
        <translation>Per classe produttiva: superficie alle due date, guadagno e perdita lordi, cambiamento netto e scambio.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="43"/>
        <source>Raster of change types (persistence, de-industrialisation to housing, services, vacancy or green, re-industrialisation, industrial land take...), styled.</source>
        <translation>Raster dei tipi di cambiamento (persistenza, deindustrializzazione verso abitazioni, servizi, abbandono o verde, reindustrializzazione, consumo di suolo industriale...), con stile.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="44"/>
        <source>Hectares and shares of each change type by distance ring and district.</source>
        <translation>Ettari e quote di ogni tipo di cambiamento per fascia di distanza e distretto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="45"/>
        <source>One row per district: land-use shares, form of industrial land at both dates, industrial land taken, lost (and to what) and kept, rates per year.</source>
        <translation>Una riga per distretto: quote d'uso del suolo, forma del suolo industriale alle due date, suolo industriale consumato, perso (e in che cosa) e mantenuto, tassi annui.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="46"/>
        <source>The district polygons with the comparison&apos;s columns, coloured by the share of industrial land.</source>
        <translation>I poligoni dei distretti con le colonne del confronto, colorati secondo la quota di suolo industriale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="47"/>
        <source>One self-contained page: key figures, charts, a map of each district, how to read them.</source>
        <translation>Una pagina autonoma: dati principali, grafici, una mappa per distretto, come leggerli.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="48"/>
        <source>FRAGSTATS class metrics of industrial land at the second date, one row per district.</source>
        <translation>Metriche di classe FRAGSTATS del suolo industriale alla seconda data, una riga per distretto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="49"/>
        <source>Each industrial patch at the second date with its area, edge and shape.</source>
        <translation>Ogni macchia industriale alla seconda data con la sua area, il bordo e la forma.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="50"/>
        <source>Land use, second date</source>
        <translation>Uso del suolo, seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="51"/>
        <source>Land use, first date</source>
        <translation>Uso del suolo, prima data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="52"/>
        <source>Districts</source>
        <translation>Distretti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="53"/>
        <source>District name field</source>
        <translation>Campo del nome del distretto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="54"/>
        <source>Nomenclature</source>
        <translation>Nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="55"/>
        <source>Custom nomenclature (CSV)</source>
        <translation>Nomenclatura personalizzata (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="56"/>
        <source>Distance rings around industrial land (m)</source>
        <translation>Fasce di distanza intorno al suolo industriale (m)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="57"/>
        <source>Year of the second date</source>
        <translation>Anno della seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="58"/>
        <source>Year of the first date</source>
        <translation>Anno della prima data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="62"/>
        <source>Raster of the change type of each cell (GeoTIFF, styled, 255 = nodata).</source>
        <translation>Raster del tipo di cambiamento di ogni cella (GeoTIFF con stile, 255 = nodata).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="63"/>
        <source>Change by ring and district</source>
        <translation>Cambiamenti per fascia e distretto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="65"/>
        <source>District comparison</source>
        <translation>Confronto tra distretti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="66"/>
        <source>One row per district, one column per indicator (units in the column names).</source>
        <translation>Una riga per distretto, una colonna per indicatore (unità nei nomi delle colonne).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="67"/>
        <source>Districts with indicators</source>
        <translation>Distretti con indicatori</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="68"/>
        <source>The district polygons with every indicator, styled by industrial share.</source>
        <translation>I poligoni dei distretti con tutti gli indicatori, colorati per quota di suolo industriale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="69"/>
        <source>District comparison report (HTML)</source>
        <translation>Rapporto del confronto tra distretti (HTML)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="70"/>
        <source>One self-contained page: the key figures, charts comparing the districts, a map of each, how to read every indicator, and the data used. Needs matplotlib and jinja2.</source>
        <translation>Una pagina autosufficiente: le cifre chiave, grafici che confrontano i distretti, una mappa di ciascuno, come leggere ogni indicatore e i dati usati. Richiede matplotlib e jinja2.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="71"/>
        <source>Industrial land metrics by district</source>
        <translation>Metriche del suolo industriale per distretto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="72"/>
        <source>One row per zone and class: FRAGSTATS class metrics.</source>
        <translation>Una riga per zona e classe: metriche di classe FRAGSTATS.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="73"/>
        <source>Industrial patches</source>
        <translation>Macchie industriali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="74"/>
        <source>Polygons of the patches of the reported classes with FRAGSTATS patch metrics.</source>
        <translation>Poligoni delle macchie delle classi riportate, con le metriche di macchia FRAGSTATS.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="94"/>
        <source>Microspace scan</source>
        <translation>Scansione dei microspazi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="96"/>
        <source>From an OpenStreetMap extract to mixed live-work microspaces in one run: (1) OSM production spaces: the buildings and activities of the extract with their production class; (2) Live-work microspaces: floor by use, mix indices and class per grid cell, and the microspaces (neighbouring mixed cells), with the default thresholds. Open the model in the model designer to change them.</source>
        <translation>Da un estratto OpenStreetMap ai microspazi misti abitare-lavorare in una sola esecuzione: (1) Spazi produttivi OSM: gli edifici e le attività dell'estratto con la loro classe produttiva; (2) Microspazi abitare-lavorare: superficie di piano per uso, indici di mix e classe per cella della griglia, e i microspazi (celle miste vicine), con le soglie predefinite. Aprite il modello nel modellatore grafico per cambiarle.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="33"/>
        <source>Land use at two dates and a set of districts in, a diagnostic of industrial land out, in three steps run one after the other: (1) Land-use change: what industrial land and the land around it became (change types, a summary by distance ring and district, the change accounting); (2) Landscape metrics of the industrial land at the second date in each district (FRAGSTATS class metrics and the industrial patches); (3) District comparison: the districts side by side, with the HTML report. The second date is first aligned onto the first date&apos;s grid (nearest neighbour), so that the three steps count the same cells; the land-use change step reads the original rasters and its log estimates how much change a difference of grid alone makes. Compare rasters of one product (CORINE with CORINE). Each step writes at least one table, so three outputs are required: the change by ring and district, the industrial land metrics and the district comparison (with qgis_process give a file or TEMPORARY_OUTPUT for each); the others are written only when asked for. Open the model in the model designer to change rings, classes or thresholds.</source>
        <translation>Uso del suolo a due date e un insieme di distretti in ingresso, una diagnosi del suolo industriale in uscita, in tre passi eseguiti uno dopo l'altro: (1) Cambiamenti d'uso del suolo: che cosa sono diventati il suolo industriale e il suolo intorno (tipi di cambiamento, un riepilogo per fascia di distanza e distretto, la contabilità dei cambiamenti); (2) Metriche del paesaggio del suolo industriale alla seconda data in ogni distretto (metriche di classe FRAGSTATS e le macchie industriali); (3) Confronto tra distretti: i distretti fianco a fianco, con il rapporto HTML. La seconda data viene prima allineata sulla griglia della prima (vicino più prossimo), così che i tre passi contino le stesse celle; il passo dei cambiamenti d'uso del suolo legge i raster originali e il suo registro stima quanti cambiamenti produce la sola differenza di griglia. Confrontate raster di un solo prodotto (CORINE con CORINE). Ogni passo scrive almeno una tabella, quindi tre risultati sono obbligatori: i cambiamenti per fascia e distretto, le metriche del suolo industriale e il confronto tra distretti (con qgis_process date un file o TEMPORARY_OUTPUT per ciascuno); gli altri sono scritti solo se richiesti. Aprite il modello nel modellatore grafico per cambiare fasce, classi o soglie.</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/network.py" line="198"/>
        <source>{service} answered HTTP {status} ({reason}): retry {n} of {total} in {seconds} s.</source>
        <translation>{service} ha risposto HTTP {status} ({reason}): nuovo tentativo {n} di {total} fra {seconds} s.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/network.py" line="326"/>
        <source>Downloading from {service}: {size} received</source>
        <translation>Download da {service}: {size} ricevuti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/network.py" line="438"/>
        <source>The answer of {service} is larger than the limit of {limit} ({size} so far): the download was stopped and nothing was written.</source>
        <translation>La risposta di {service} supera il limite di {limit} ({size} finora): il download è stato interrotto e non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/network.py" line="448"/>
        <source>{service} did not answer within {seconds} s ({size} received). The server may be busy, or the request too large.</source>
        <translation>{service} non ha risposto entro {seconds} s ({size} ricevuti). Il server può essere occupato, o la richiesta troppo grande.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/network.py" line="456"/>
        <source>{service} answered HTTP {status} ({reason}){retries}: {text}</source>
        <translation>{service} ha risposto HTTP {status} ({reason}){retries}: {text}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/network.py" line="458"/>
        <source> after {n} attempts</source>
        <translation> dopo {n} tentativi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/network.py" line="458"/>
        <source>no text</source>
        <translation>nessun testo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/network.py" line="468"/>
        <source>The server is busy: try again later, or use another endpoint.</source>
        <translation>Il server è occupato: riprova più tardi, o usa un altro endpoint.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/network.py" line="476"/>
        <source>Cannot reach {host} ({error}): this computer looks offline, or the address is wrong. Check the internet connection, the proxy in Settings ▸ Options ▸ Network, and the endpoint {url}.</source>
        <translation>Impossibile raggiungere {host} ({error}): questo computer sembra non connesso, o l'indirizzo è sbagliato. Controlla la connessione a internet, il proxy in Impostazioni ▸ Opzioni ▸ Rete e l'endpoint {url}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/network.py" line="482"/>
        <source>{host} refused or closed the connection ({error}). Check the endpoint {url}, or try again later.</source>
        <translation>{host} ha rifiutato o chiuso la connessione ({error}). Controlla l'endpoint {url}, o riprova più tardi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/network.py" line="487"/>
        <source>The proxy failed for {host} ({error}). Check the proxy in Settings ▸ Options ▸ Network.</source>
        <translation>Il proxy non ha funzionato per {host} ({error}). Controlla il proxy in Impostazioni ▸ Opzioni ▸ Rete.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/network.py" line="492"/>
        <source>The secure connection to {host} failed ({error}). Check the computer's date and the certificates in Settings ▸ Options ▸ Authentication, or the endpoint {url}.</source>
        <translation>La connessione sicura a {host} non è riuscita ({error}). Controlla la data del computer e i certificati in Impostazioni ▸ Opzioni ▸ Autenticazione, o l'endpoint {url}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/network.py" line="498"/>
        <source>The download from {host} failed ({error}). Check the endpoint {url}.</source>
        <translation>Il download da {host} non è riuscito ({error}). Controlla l'endpoint {url}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/network.py" line="503"/>
        <source>{service} sent an empty answer (HTTP {status}). Try again later, or use another endpoint.</source>
        <translation>{service} ha inviato una risposta vuota (HTTP {status}). Riprova più tardi, o usa un altro endpoint.</translation>
    </message>
</context>
<context>
    <name>osm_reader</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_reader.py" line="43"/>
        <source>The OSM file {path} does not exist. Give an .osm or .osm.pbf file.</source>
        <translation>Il file OSM {path} non esiste. Indica un file .osm o .osm.pbf.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_reader.py" line="50"/>
        <source>{path} cannot be read as OpenStreetMap data: give an OSM XML (.osm) or PBF (.osm.pbf) file, such as a Geofabrik or BBBike extract or an Overpass answer in XML.</source>
        <translation>{path} non si può leggere come dati OpenStreetMap: indica un file OSM XML (.osm) o PBF (.osm.pbf), come un estratto di Geofabrik o BBBike o una risposta di Overpass in XML.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_reader.py" line="78"/>
        <source>OSM layer {layer}: {count} features read</source>
        <translation>Layer OSM {layer}: {count} elementi letti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_reader.py" line="95"/>
        <source>OSM {layer}</source>
        <translation>OSM {layer}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_reader.py" line="108"/>
        <source>Reading the nodes of {file}</source>
        <translation>Lettura dei nodi di {file}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/osm_reader.py" line="109"/>
        <source>Reading the areas of {file}</source>
        <translation>Lettura delle aree di {file}</translation>
    </message>
</context>
<context>
    <name>styling</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/styling.py" line="215"/>
        <source>industrial</source>
        <translation>industria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/styling.py" line="216"/>
        <source>craft / workshop</source>
        <translation>artigianato / laboratorio</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/styling.py" line="217"/>
        <source>coworking / makerspace</source>
        <translation>coworking / makerspace</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/styling.py" line="218"/>
        <source>office</source>
        <translation>ufficio</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/styling.py" line="219"/>
        <source>retail / services</source>
        <translation>commercio / servizi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/styling.py" line="220"/>
        <source>residential</source>
        <translation>residenza</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/styling.py" line="221"/>
        <source>other use</source>
        <translation>altro uso</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/styling.py" line="222"/>
        <source>unknown use</source>
        <translation>uso sconosciuto</translation>
    </message>
</context>
</TS>
