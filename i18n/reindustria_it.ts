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
        <location filename="../reindustria_plugin/algorithms/base.py" line="67"/>
        <source>Not enough memory for this input. Try a smaller extent or a coarser resolution.</source>
        <translation>Memoria insufficiente per questi dati. Prova con un'estensione più piccola o una risoluzione più grossolana.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/base.py" line="158"/>
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
        <location filename="../reindustria_plugin/algorithms/base.py" line="185"/>
        <source>The HTML report needs the Python packages {names}, which cannot be used here ({reasons}). Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) or macOS: python3 -m pip install {pip}. Or skip the &apos;{output}&apos; output: the tables are made without them.</source>
        <translation>Il rapporto HTML richiede i pacchetti Python {names}, che qui non sono utilizzabili ({reasons}). Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) o macOS: python3 -m pip install {pip}. Oppure rinuncia al risultato '{output}': le tabelle si ottengono anche senza quei pacchetti.</translation>
    </message>
</context>
<context>
    <name>CompareDistrictsAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="100"/>
        <source>Compare districts</source>
        <translation>Confronta i distretti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="103"/>
        <source>Districts side by side: land use, the form of industrial land and, with two dates, its change.</source>
        <translation>I distretti a confronto: uso del suolo, forma del suolo industriale e, con due date, il suo cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="477"/>
        <source>Districts</source>
        <translation>Distretti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="109"/>
        <source>Polygons of the districts to compare (one feature per district; dissolve comuni into districts first). Reprojected to the land use&apos;s CRS when they differ.</source>
        <translation>Poligoni dei distretti da confrontare (un elemento per distretto; prima aggrega i comuni in distretti). Se il sistema di riferimento è diverso, vengono riproiettati in quello dell'uso del suolo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="118"/>
        <source>District name field</source>
        <translation>Campo del nome del distretto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="118"/>
        <source>Field naming each district; names must be unique.</source>
        <translation>Campo che dà il nome a ogni distretto; i nomi devono essere univoci.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="124"/>
        <source>Land-use raster (first date)</source>
        <translation>Raster d'uso del suolo (prima data)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="124"/>
        <source>Categorical land-use raster (any integer type) in a projected CRS with square cells; nodata is outside. Give land use as a raster or as polygons, not both.</source>
        <translation>Raster categorico d'uso del suolo (qualsiasi tipo intero) in un sistema di riferimento proiettato con celle quadrate; le celle nodata sono esterne. Indica l'uso del suolo come raster o come poligoni, non entrambi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="133"/>
        <source>Land-use raster at a second date</source>
        <translation>Raster d'uso del suolo a una seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="133"/>
        <source>Same nomenclature, later date: adds industrial land take, de-industrialisation and persistence. Aligned onto the first raster by nearest neighbour if its grid differs.</source>
        <translation>Stessa nomenclatura, data successiva: aggiunge consumo di suolo industriale, deindustrializzazione e persistenza. Se la griglia è diversa viene allineato sul primo raster con il metodo del vicino più prossimo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="142"/>
        <source>Land-use polygons (first date)</source>
        <translation>Poligoni d'uso del suolo (prima data)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="142"/>
        <source>Land-use polygons (CORINE, Urban Atlas…) in a projected CRS, instead of a raster: areas and change are exact; the industrial land metrics are measured on the polygons rasterized at the cell size below.</source>
        <translation>Poligoni d'uso del suolo (CORINE, Urban Atlas…) in un sistema di riferimento proiettato, al posto di un raster: superfici e cambiamenti sono esatti; le metriche del suolo industriale si misurano sui poligoni rasterizzati alla dimensione della cella indicata sotto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="155"/>
        <source>Land-use code field</source>
        <translation>Campo del codice d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="155"/>
        <source>Field of the polygons holding the land-use code; required with polygons.</source>
        <translation>Campo dei poligoni che contiene il codice d'uso del suolo; obbligatorio con i poligoni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="164"/>
        <source>Land-use polygons at a second date</source>
        <translation>Poligoni d'uso del suolo a una seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="164"/>
        <source>Same nomenclature, later date; overlaid with the first date&apos;s polygons.</source>
        <translation>Stessa nomenclatura, data successiva; sovrapposti ai poligoni della prima data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="173"/>
        <source>Land-use code field at the second date</source>
        <translation>Campo del codice d'uso del suolo alla seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="173"/>
        <source>Field of the second date&apos;s polygons holding the code; required with them.</source>
        <translation>Campo dei poligoni della seconda data che contiene il codice; obbligatorio con questi poligoni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="182"/>
        <source>Cell size for metrics of polygons (map units)</source>
        <translation>Dimensione della cella per le metriche dei poligoni (unità della mappa)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="182"/>
        <source>With polygons: the grid on which patches are counted for the industrial land metrics (10 m suits Urban Atlas; use 100 m for CORINE). Ignored for rasters.</source>
        <translation>Con i poligoni: la griglia su cui si contano le macchie per le metriche del suolo industriale (10 m va bene per Urban Atlas; usa 100 m per CORINE). Ignorata con i raster.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="195"/>
        <source>Year of the first date</source>
        <translation>Anno della prima data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="195"/>
        <source>Names the columns of that date and, with the second year, gives rates per year.</source>
        <translation>Dà il nome alle colonne di quella data e, con il secondo anno, fornisce i tassi annui.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="206"/>
        <source>Year of the second date</source>
        <translation>Anno della seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="500"/>
        <source>Nomenclature</source>
        <translation>Nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="223"/>
        <source>Custom nomenclature (CSV)</source>
        <translation>Nomenclatura personalizzata (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="223"/>
        <source>CSV with columns code, class, label, colour; used with &apos;Custom (CSV)&apos;.</source>
        <translation>CSV con le colonne code, class, label, colour; usato con 'Personalizzata (CSV)'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="232"/>
        <source>Employment by district and sector</source>
        <translation>Occupazione per distretto e settore</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="232"/>
        <source>Optional table or layer, one row per district and sector (or per firm): adds each district&apos;s main sector, its location quotient, Krugman and Herfindahl, as reindustria:specialisation computes them (the reference is all areas of the table).</source>
        <translation>Tabella o layer facoltativo, una riga per distretto e settore (o per impresa): aggiunge il settore principale di ogni distretto, il suo quoziente di localizzazione, Krugman e Herfindahl, come li calcola reindustria:specialisation (il riferimento è l'insieme delle aree della tabella).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="245"/>
        <source>Employment: district name field</source>
        <translation>Occupazione: campo del nome del distretto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="245"/>
        <source>Field holding the district name, as in the districts layer.</source>
        <translation>Campo che contiene il nome del distretto, scritto come nel layer dei distretti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="254"/>
        <source>Employment: sector field</source>
        <translation>Occupazione: campo del settore</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="254"/>
        <source>Field holding the sector (e.g. an ATECO 2007 code).</source>
        <translation>Campo che contiene il settore (ad es. un codice ATECO 2007).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="263"/>
        <source>Employment: employees field</source>
        <translation>Occupazione: campo degli addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="263"/>
        <source>Field holding the number of employees.</source>
        <translation>Campo che contiene il numero di addetti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="273"/>
        <source>Employment: sector level</source>
        <translation>Occupazione: livello dei settori</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="273"/>
        <source>Codes as given, or aggregated to an ATECO 2007 level, as in reindustria:specialisation.</source>
        <translation>Codici così come sono, o aggregati a un livello ATECO 2007, come in reindustria:specialisation.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="284"/>
        <source>Comparison table</source>
        <translation>Tabella di confronto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="284"/>
        <source>One row per district, one column per indicator (units in the column names).</source>
        <translation>Una riga per distretto, una colonna per indicatore (unità nei nomi delle colonne).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="290"/>
        <source>Districts with indicators</source>
        <translation>Distretti con indicatori</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="290"/>
        <source>The district polygons with every indicator, styled by industrial share.</source>
        <translation>I poligoni dei distretti con tutti gli indicatori, colorati per quota di suolo industriale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="330"/>
        <source>Report (HTML)</source>
        <translation>Rapporto (HTML)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="300"/>
        <source>HTML files (*.html)</source>
        <translation>File HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="300"/>
        <source>One self-contained page: the key figures, charts comparing the districts, a map of each, how to read every indicator, and the data used. Needs matplotlib and jinja2.</source>
        <translation>Una pagina autosufficiente: le cifre chiave, grafici che confrontano i distretti, una mappa di ciascuno, come leggere ogni indicatore e i dati usati. Richiede matplotlib e jinja2.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="326"/>
        <source>Choose at least one output: the comparison table, the districts or the report.</source>
        <translation>Scegli almeno un risultato: la tabella di confronto, i distretti o il rapporto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="336"/>
        <source>The folder of the report does not exist: {folder}. Create it or choose another.</source>
        <translation>La cartella del rapporto non esiste: {folder}. Creala o scegline un'altra.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="349"/>
        <source>districts</source>
        <translation>distretti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="351"/>
        <source>Districts reprojected from {src} to the land use&apos;s {dst}.</source>
        <translation>Distretti riproiettati da {src} a {dst}, il sistema di riferimento dell'uso del suolo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="377"/>
        <source>Industrial land metrics of the polygons measured on a grid of {cell} map units (cell centres); areas and change are exact.</source>
        <translation>Metriche del suolo industriale dei poligoni misurate su una griglia di {cell} unità della mappa (centri delle celle); superfici e cambiamenti sono esatti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="396"/>
        <source>Making the report</source>
        <translation>Preparazione del rapporto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="423"/>
        <source>district name</source>
        <translation>del nome del distretto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="423"/>
        <source>sector</source>
        <translation>del settore</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="423"/>
        <source>employees</source>
        <translation>degli addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="430"/>
        <source>With an employment table, choose its {field} field.</source>
        <translation>Con una tabella degli addetti, scegli il campo {field}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="435"/>
        <source>The district, sector and employees fields of the employment table must differ.</source>
        <translation>I campi del distretto, del settore e degli addetti della tabella degli addetti devono essere diversi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="442"/>
        <source>employment table</source>
        <translation>tabella degli addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="472"/>
        <source>District comparison</source>
        <translation>Confronto tra distretti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="479"/>
        <source>Land use (first date)</source>
        <translation>Uso del suolo (prima data)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="481"/>
        <source>Land use (second date)</source>
        <translation>Uso del suolo (seconda data)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="483"/>
        <source>Land use (polygons)</source>
        <translation>Uso del suolo (poligoni)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="489"/>
        <source>Cell size for metrics of polygons</source>
        <translation>Dimensione della cella per le metriche dei poligoni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="496"/>
        <source>Years</source>
        <translation>Anni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="501"/>
        <source>Change typology</source>
        <translation>Tipologia dei cambiamenti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="502"/>
        <source>CRS</source>
        <translation>Sistema di riferimento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="510"/>
        <source>Give the land use either as a raster or as polygons (one of the two).</source>
        <translation>Indica l'uso del suolo o come raster o come poligoni (uno dei due).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="516"/>
        <source>The first date is a raster: give the second date as a raster too.</source>
        <translation>La prima data è un raster: indica anche la seconda data come raster.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="519"/>
        <source>land use</source>
        <translation>d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="520"/>
        <source>land use at the second date</source>
        <translation>d'uso del suolo alla seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="525"/>
        <source>The first date is polygons: give the second date as polygons too.</source>
        <translation>La prima data è in poligoni: indica anche la seconda data come poligoni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="539"/>
        <source>land-use polygons</source>
        <translation>poligoni d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="539"/>
        <source>land-use polygons at the second date</source>
        <translation>poligoni d'uso del suolo alla seconda data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="570"/>
        <source>Give both years (first and second date), or neither.</source>
        <translation>Indica entrambi gli anni (prima e seconda data) o nessuno.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="206"/>
        <source>With land use at a second date (raster or polygons).</source>
        <translation>Con l'uso del suolo a una seconda data (raster o poligoni).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="217"/>
        <source>How the land-use codes map to production classes, as in the land-use change tools.</source>
        <translation>Come i codici di uso del suolo corrispondono alle classi produttive, come negli strumenti di cambiamento d'uso del suolo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="371"/>
        <source>CORINE polygons measured on {cell} m cells: their metrics (ai, cohesion, patch sizes) differ from CORINE rasters&apos; 100 m cells; set the cell size to 100 to compare with them.</source>
        <translation>Poligoni CORINE misurati su celle di {cell} m: le loro metriche (ai, coesione, dimensioni delle macchie) differiscono da quelle dei raster CORINE a celle di 100 m; imposta la dimensione della cella a 100 per confrontarle.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="548"/>
        <source>Choose the &apos;{parameter}&apos; ({key}) of the {name}, e.g. one of: {fields}.</source>
        <translation>Scegli '{parameter}' ({key}) per {name}, ad esempio uno di: {fields}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="573"/>
        <source>A second year is given without land use at a second date: it is not used.</source>
        <translation>È indicato un secondo anno senza uso del suolo a una seconda data: non viene usato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="530"/>
        <source>The land-use polygons are in geographic coordinates ({crs}): areas and patches need a projected CRS in metres. Reproject them first (Vector &gt; Data Management Tools &gt; Reproject Layer, e.g. to EPSG:3035).</source>
        <translation>I poligoni di uso del suolo sono in coordinate geografiche ({crs}): aree e macchie richiedono un SR proiettato in metri. Prima riproiettali (Vettore &gt; Strumenti di gestione dati &gt; Riproietta layer, ad esempio in EPSG:3035).</translation>
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
    <name>IntensityAnalysisAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="46"/>
        <source>Intensity analysis of land change</source>
        <translation>Analisi di intensità dei cambiamenti del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="49"/>
        <source>Is change fast or slow, are categories active or dormant, which transitions are targeted?</source>
        <translation>Il cambiamento è rapido o lento, le categorie sono attive o dormienti, quali transizioni sono mirate?</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="55"/>
        <source>Land-use rasters, in date order</source>
        <translation>Raster d'uso del suolo, in ordine di data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="64"/>
        <source>Years</source>
        <translation>Anni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="64"/>
        <source>The date of each raster, in the same order, separated by commas, e.g. 2006,2012,2018.</source>
        <translation>La data di ogni raster, nello stesso ordine, separate da virgole, ad es. 2006,2012,2018.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="79"/>
        <source>Custom nomenclature (CSV)</source>
        <translation>Nomenclatura personalizzata (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="79"/>
        <source>CSV with columns code, class, label, colour; used with &apos;Custom (CSV)&apos;.</source>
        <translation>CSV con le colonne code, class, label, colour; usato con 'Personalizzata (CSV)'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="99"/>
        <source>Interval level</source>
        <translation>Livello dell'intervallo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="106"/>
        <source>Category level</source>
        <translation>Livello della categoria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="106"/>
        <source>Per interval and category: gross gain and loss, their annual intensities, Active or Dormant.</source>
        <translation>Per intervallo e categoria: guadagno e perdita lordi, le loro intensità annue, Attiva o Dormiente.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="113"/>
        <source>Transition level</source>
        <translation>Livello della transizione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="113"/>
        <source>Per interval and pair of categories, seen from the gain and from the loss: intensity, uniform intensity, Targeted or Avoided.</source>
        <translation>Per intervallo e coppia di categorie, dal lato del guadagno e della perdita: intensità, intensità uniforme, Mirata o Evitata.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="181"/>
        <source>Charts (HTML)</source>
        <translation>Grafici (HTML)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="120"/>
        <source>HTML files (*.html)</source>
        <translation>File HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="184"/>
        <source>Give at least two rasters, in date order.</source>
        <translation>Indica almeno due raster, in ordine di data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="164"/>
        <source>The years must be numbers separated by commas, e.g. 2006,2012,2018 (got &apos;{text}&apos;).</source>
        <translation>Gli anni devono essere numeri separati da virgole, ad es. 2006,2012,2018 (ricevuto '{text}').</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="186"/>
        <source>Give one year per raster: {n_rasters} rasters but {n_years} years.</source>
        <translation>Indica un anno per raster: {n_rasters} raster ma {n_years} anni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="251"/>
        <source>Intensity analysis</source>
        <translation>Analisi di intensità</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="55"/>
        <source>Two or more categorical rasters of the same area, oldest first; all are aligned onto the first one&apos;s grid by nearest neighbour. Fast or Slow intervals need three or more.</source>
        <translation>Due o più raster categorici della stessa area, dal più vecchio; tutti vengono allineati sulla griglia del primo con il metodo del vicino più prossimo. Per classificare gli intervalli come Rapido o Lento ne servono almeno tre.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="70"/>
        <source>Nomenclature</source>
        <translation>Nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="70"/>
        <source>How codes map to production classes, the categories of the analysis: a preset or your own CSV (the same options as the land-use change tools).</source>
        <translation>Come i codici corrispondono alle classi produttive, le categorie dell'analisi: una nomenclatura predefinita o un tuo CSV (le stesse opzioni degli strumenti sui cambiamenti d'uso del suolo).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="88"/>
        <source>Use the raster codes as categories (no nomenclature)</source>
        <translation>Usa i codici del raster come categorie (senza nomenclatura)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="88"/>
        <source>Analyse each raster code as its own category instead of grouping the codes into production classes; the nomenclature is then not used.</source>
        <translation>Analizza ogni codice del raster come una categoria a sé invece di raggruppare i codici in classi produttive; in tal caso la nomenclatura non viene usata.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="99"/>
        <source>Per interval: annual change in % of the area, uniform intensity, Fast or Slow (empty with two dates: that needs three or more).</source>
        <translation>Per intervallo: cambiamento annuo in % dell'area, intensità uniforme, Rapido o Lento (vuoto con due date: servono tre o più date).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="196"/>
        <source>The custom nomenclature CSV is not used: the raster codes are the categories. Turn off &apos;Use the raster codes as categories&apos; to group the codes with it.</source>
        <translation>Il CSV della nomenclatura personalizzata non viene usato: le categorie sono i codici del raster. Disattiva 'Usa i codici del raster come categorie' per raggruppare i codici con il CSV.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="205"/>
        <source>The custom nomenclature CSV is not used: the nomenclature is the preset &apos;{preset}&apos;. Choose &apos;Custom (CSV)&apos; to use the CSV.</source>
        <translation>Il CSV della nomenclatura personalizzata non viene usato: la nomenclatura è quella predefinita '{preset}'. Scegli 'Personalizzata (CSV)' per usare il CSV.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="214"/>
        <source>Nomenclature: {name}</source>
        <translation>Nomenclatura: {name}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="120"/>
        <source>A page with the charts of the three levels, as in Aldwaik &amp; Pontius (2012). Needs the Python packages matplotlib and jinja2; skip this output to get the tables without them.</source>
        <translation>Una pagina con i grafici dei tre livelli, come in Aldwaik &amp; Pontius (2012). Richiede i pacchetti Python matplotlib e jinja2; rinuncia a questo risultato per ottenere le tabelle senza di essi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="151"/>
        <source>These rasters cannot be opened (check the path): {paths}.</source>
        <translation>Questi raster non si possono aprire (controlla il percorso): {paths}.</translation>
    </message>
</context>
<context>
    <name>LandUseChangeAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="468"/>
        <source>Classifies what happened to industrial land between two dates, and around it.</source>
        <translation>Classifica che cosa è successo alle aree industriali tra due date, e intorno a esse.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="472"/>
        <source>Land use BEFORE</source>
        <translation>Uso del suolo PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="472"/>
        <source>Categorical land-use raster at the first date (any integer type, its own nodata).</source>
        <translation>Raster categorico d'uso del suolo alla prima data (qualsiasi tipo intero, con il proprio nodata).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="476"/>
        <source>Land use AFTER</source>
        <translation>Uso del suolo DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="476"/>
        <source>Land-use raster at the second date; aligned onto BEFORE by nearest neighbour if its grid differs.</source>
        <translation>Raster d'uso del suolo alla seconda data; se la griglia è diversa viene allineato su PRIMA con il metodo del vicino più prossimo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="484"/>
        <source>Change types</source>
        <translation>Tipi di cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="484"/>
        <source>Raster of the change type of each cell (GeoTIFF, styled, 255 = nodata).</source>
        <translation>Raster del tipo di cambiamento di ogni cella (GeoTIFF con stile, 255 = nodata).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="509"/>
        <source>BEFORE</source>
        <translation>PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="510"/>
        <source>AFTER</source>
        <translation>DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="513"/>
        <source>{name} has {count} bands: only band 1 is used.</source>
        <translation>{name} ha {count} bande: si usa solo la banda 1.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="465"/>
        <source>Land-use change (rasters)</source>
        <translation>Cambiamenti d'uso del suolo (raster)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="491"/>
        <source>Polygons of the industrial areas and of each distance ring around them, to check the rings on the map (off by default). Drawn around the industrial areas given, else around the outlines of the BEFORE cells of industrial class; a cell is counted in a ring by the distance between cell centres, so a ring&apos;s edge on the map can differ from its cells by up to a cell.</source>
        <translation>Poligoni delle aree industriali e di ciascuna fascia di distanza intorno a esse, per verificare le fasce sulla mappa (disattivato per default). Tracciati intorno alle aree industriali indicate, altrimenti intorno ai contorni delle celle di classe industriale di BEFORE; una cella è contata in una fascia in base alla distanza tra i centri delle celle, quindi il bordo di una fascia sulla mappa può differire dalle sue celle fino a una cella.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="555"/>
        <source>Drawing the ring polygons</source>
        <translation>Disegno dei poligoni delle fasce</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="573"/>
        <source>The ring polygons need geopandas ({error}): install python3-geopandas (or pip install geopandas), or leave the ring polygons output empty.</source>
        <translation>I poligoni delle fasce richiedono geopandas ({error}): installa python3-geopandas (o pip install geopandas), oppure lascia vuoto il risultato dei poligoni delle fasce.</translation>
    </message>
</context>
<context>
    <name>LandUseChangeVectorAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="56"/>
        <source>Classifies, area-exact on polygons, what happened to industrial land between two dates, and around it.</source>
        <translation>Classifica sui poligoni, con superfici esatte, che cosa è successo alle aree industriali tra due date, e intorno a esse.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="62"/>
        <source>Land use BEFORE (or a change layer with both dates)</source>
        <translation>Uso del suolo PRIMA (o un layer dei cambiamenti con entrambe le date)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="62"/>
        <source>Land-use polygons at the first date, or a change layer holding the codes of both dates (Urban Atlas change layers: code_2012 and code_2018).</source>
        <translation>Poligoni d'uso del suolo alla prima data, o un layer dei cambiamenti con i codici di entrambe le date (layer dei cambiamenti di Urban Atlas: code_2012 e code_2018).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="73"/>
        <source>Code field BEFORE</source>
        <translation>Campo del codice PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="73"/>
        <source>Field with the land-use code at the first date (whole numbers, or text holding them).</source>
        <translation>Campo con il codice d'uso del suolo alla prima data (numeri interi, o testo che li contiene).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="81"/>
        <source>Code field AFTER, in the same layer</source>
        <translation>Campo del codice DOPO, nello stesso layer</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="81"/>
        <source>For a change layer: the field with the code at the second date. Leave empty with two layers.</source>
        <translation>Per un layer dei cambiamenti: il campo con il codice alla seconda data. Lascialo vuoto con due layer.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="92"/>
        <source>Land use AFTER (second layer, overlaid)</source>
        <translation>Uso del suolo DOPO (secondo layer, sovrapposto)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="92"/>
        <source>Land-use polygons at the second date; overlaid with BEFORE (reprojected to its CRS if needed). Leave empty for a change layer.</source>
        <translation>Poligoni d'uso del suolo alla seconda data; sovrapposti a PRIMA (riproiettati nel suo sistema di riferimento se serve). Lascialo vuoto per un layer dei cambiamenti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="104"/>
        <source>Code field of the AFTER layer</source>
        <translation>Campo del codice del layer DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="104"/>
        <source>Field with the land-use code in the AFTER layer.</source>
        <translation>Campo con il codice d'uso del suolo nel layer DOPO.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="114"/>
        <source>Change types</source>
        <translation>Tipi di cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="114"/>
        <source>Polygons with codes, classes and change type at both dates, split by distance ring (and zone); styled by change type.</source>
        <translation>Poligoni con codici, classi e tipo di cambiamento alle due date, tagliati per fascia di distanza (e zona); con lo stile per tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="145"/>
        <source>The BEFORE layer is missing or invalid.</source>
        <translation>Il layer PRIMA manca o non è valido.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="151"/>
        <source>Choose the code field of the BEFORE layer.</source>
        <translation>Scegli il campo del codice del layer PRIMA.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="153"/>
        <source>Give either the AFTER code field of a change layer, or a second AFTER layer with its code field, not both and not neither.</source>
        <translation>Indica o il campo del codice DOPO di un layer dei cambiamenti, o un secondo layer DOPO con il suo campo del codice: uno dei due, non entrambi né nessuno.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="160"/>
        <source>Choose the code field of the AFTER layer.</source>
        <translation>Scegli il campo del codice del layer DOPO.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="163"/>
        <source>The BEFORE layer is in geographic coordinates ({crs}): areas and distance rings need a projected CRS in metres. Reproject it (Vector &gt; Data Management Tools &gt; Reproject Layer, e.g. to EPSG:3035) first.</source>
        <translation>Il layer PRIMA è in coordinate geografiche ({crs}): superfici e fasce di distanza richiedono un sistema proiettato in metri. Riproiettalo prima (Vettore &gt; Strumenti di gestione dati &gt; Riproietta layer, ad es. in EPSG:3035).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="181"/>
        <source>Reading the land-use polygons</source>
        <translation>Lettura dei poligoni d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="184"/>
        <source>BEFORE</source>
        <translation>PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="198"/>
        <source>The AFTER layer ({a}) was reprojected to the CRS of BEFORE ({b}).</source>
        <translation>Il layer DOPO ({a}) è stato riproiettato nel sistema di riferimento di PRIMA ({b}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="212"/>
        <source>Overlaying BEFORE and AFTER</source>
        <translation>Sovrapposizione di PRIMA e DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="219"/>
        <source>{ha} ha of BEFORE are not covered by AFTER and were left out.</source>
        <translation>{ha} ha di PRIMA non sono coperti da DOPO e sono stati esclusi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="219"/>
        <source>{ha} ha of AFTER are not covered by BEFORE and were left out.</source>
        <translation>{ha} ha di DOPO non sono coperti da PRIMA e sono stati esclusi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="226"/>
        <source>Canceled: no output was written.</source>
        <translation>Annullato: nessun risultato è stato scritto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="227"/>
        <source>Classifying the change</source>
        <translation>Classificazione dei cambiamenti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="243"/>
        <source>Writing the outputs</source>
        <translation>Scrittura dei risultati</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="294"/>
        <source>The rings were drawn around the industrial land of the change layer, which holds only the land that changed between the two dates: industrial land that did not change is not in it, so {share} % of the area falls beyond the last ring ({last} map units). For rings around all industrial land, give the industrial areas in &apos;{parameter}&apos; (e.g. the polygons of code 12100 of the Urban Atlas land-use layer of the BEFORE year).</source>
        <translation>Le fasce sono state tracciate intorno al suolo industriale del layer dei cambiamenti, che contiene solo il suolo cambiato tra le due date: il suolo industriale rimasto invariato non vi compare, quindi il {share} % della superficie cade oltre l'ultima fascia ({last} unità della mappa). Per avere le fasce intorno a tutto il suolo industriale, indica le aree industriali in '{parameter}' (ad es. i poligoni del codice 12100 del layer d'uso del suolo di Urban Atlas dell'anno PRIMA).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="53"/>
        <source>Land-use change (polygons)</source>
        <translation>Cambiamenti d'uso del suolo (poligoni)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="128"/>
        <source>Polygons of the industrial areas and of each distance ring around them, exactly as the pieces were split, to check the rings on the map (off by default).</source>
        <translation>Poligoni delle aree industriali e di ciascuna fascia di distanza intorno a esse, esattamente come sono stati tagliati i pezzi, per verificare le fasce sulla mappa (disattivato per default).</translation>
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
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="278"/>
        <source>Grid: {cols} × {rows} cells of {cell} map units, origin ({x}, {y}). Compare two dates only on the same grid (Raster &gt; Align Rasters), or areas and patches differ by the grids alone.</source>
        <translation>Griglia: {cols} × {rows} celle di {cell} unità della mappa, origine ({x}, {y}). Confrontare due date solo sulla stessa griglia (Raster &gt; Allinea raster), altrimenti aree e macchie differiscono per le sole griglie.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="333"/>
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
</context>
<context>
    <name>ReIndustriaPlugin</name>
    <message>
        <location filename="../reindustria_plugin/plugin.py" line="61"/>
        <source>ReIndustria</source>
        <translation>ReIndustria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/plugin.py" line="43"/>
        <source>ReIndustria: the Python package &apos;{name}&apos; cannot be used ({why}). The algorithms that need it will not run. Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) or macOS: python3 -m pip install {pip}.</source>
        <translation>ReIndustria: il pacchetto Python '{name}' non è utilizzabile ({why}). Gli algoritmi che ne hanno bisogno non verranno eseguiti. Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) o macOS: python3 -m pip install {pip}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/plugin.py" line="48"/>
        <source>not installed</source>
        <translation>non installato</translation>
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
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="55"/>
        <source>The {name} layer must contain polygons.</source>
        <translation>Il layer {name} deve contenere poligoni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="70"/>
        <source>The field &apos;{field}&apos; is not in the {name} layer.</source>
        <translation>Il campo '{field}' non è nel layer {name}.</translation>
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
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="61"/>
        <source>The {name} layer has no coordinate reference system: set its CRS (Layer Properties &gt; Source) and run again.</source>
        <translation>Il layer {name} non ha un sistema di riferimento: impostalo (Proprietà layer &gt; Sorgente) ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="151"/>
        <source>The {name} layer has no features with a geometry (check the selection or the filter).</source>
        <translation>Il layer {name} non ha elementi con geometria (controlla la selezione o il filtro).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="134"/>
        <source>Reading {name}: {done} of {total} features</source>
        <translation>Lettura di {name}: {done} di {total} elementi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="173"/>
        <source>The field &apos;{field}&apos; is not in the {name}.</source>
        <translation>Il campo '{field}' non è in {name}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="192"/>
        <source>The {name} has no rows (check the selection or the filter).</source>
        <translation>{name}: nessuna riga (controlla la selezione o il filtro).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="318"/>
        <source>The folder of these outputs does not exist: {outputs}. Create it or choose another.</source>
        <translation>La cartella di questi risultati non esiste: {outputs}. Creala o scegline un'altra.</translation>
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
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="88"/>
        <source>Cannot read the BEFORE raster {path}: {err}</source>
        <translation>Impossibile leggere il raster PRIMA {path}: {err}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="97"/>
        <source>Cannot read the AFTER raster {path}: {err}</source>
        <translation>Impossibile leggere il raster DOPO {path}: {err}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="648"/>
        <source>nodata in BEFORE</source>
        <translation>nodata in PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="648"/>
        <source>nodata in AFTER</source>
        <translation>nodata in DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="670"/>
        <source>a &apos;no data&apos; class of the nomenclature</source>
        <translation>una classe 'senza dati' della nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="654"/>
        <source>{cells} cells ({ha} ha) were excluded: {why}.</source>
        <translation>{cells} celle ({ha} ha) sono state escluse: {why}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="19"/>
        <source>Industrial and productive</source>
        <translation>Industriale e produttivo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="20"/>
        <source>Commercial and services</source>
        <translation>Commercio e servizi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="21"/>
        <source>Residential</source>
        <translation>Residenziale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="22"/>
        <source>Vacant, construction, brownfield</source>
        <translation>Aree vuote, cantieri, dismesse</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="23"/>
        <source>Infrastructure, extraction, dumps</source>
        <translation>Infrastrutture, cave, discariche</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="24"/>
        <source>Green, agricultural and natural</source>
        <translation>Verde, agricolo e naturale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="25"/>
        <source>Water</source>
        <translation>Acque</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="43"/>
        <source>No change</source>
        <translation>Nessun cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="44"/>
        <source>Industrial persistence</source>
        <translation>Persistenza industriale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="47"/>
        <source>De-industrialisation to residential</source>
        <translation>Deindustrializzazione verso residenza</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="53"/>
        <source>De-industrialisation to commercial and services</source>
        <translation>Deindustrializzazione verso commercio e servizi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="59"/>
        <source>De-industrialisation to vacancy or brownfield</source>
        <translation>Deindustrializzazione verso aree vuote o dismesse</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="65"/>
        <source>De-industrialisation to green</source>
        <translation>Deindustrializzazione verso verde</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="71"/>
        <source>De-industrialisation to infrastructure or water</source>
        <translation>Deindustrializzazione verso infrastrutture o acque</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="77"/>
        <source>Re-industrialisation</source>
        <translation>Reindustrializzazione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="78"/>
        <source>Industrial land take</source>
        <translation>Consumo di suolo industriale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="79"/>
        <source>Other urban change</source>
        <translation>Altro cambiamento urbano</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="80"/>
        <source>Other change</source>
        <translation>Altro cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="81"/>
        <source>Unmapped code</source>
        <translation>Codice non classificato</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="106"/>
        <source>The {what} file {path} does not exist.</source>
        <translation>Il file {what} {path} non esiste.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="140"/>
        <source>Line {line} of {path}: the code &apos;{code}&apos; is not a whole number.</source>
        <translation>Riga {line} di {path}: il codice '{code}' non è un numero intero.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="161"/>
        <source>Line {line} of {path}: the code {code} appears twice.</source>
        <translation>Riga {line} di {path}: il codice {code} compare due volte.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="188"/>
        <source>The typology CSV {path} is empty.</source>
        <translation>Il CSV della tipologia {path} è vuoto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="193"/>
        <source>Typology {path}: unknown class &apos;{cls}&apos; in the first column. Use: {allowed}.</source>
        <translation>Tipologia {path}: classe '{cls}' sconosciuta nella prima colonna. Usa: {allowed}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="207"/>
        <source>Typology {path}: unknown class &apos;{cls}&apos; in the header. Use: {allowed}.</source>
        <translation>Tipologia {path}: classe '{cls}' sconosciuta nell'intestazione. Usa: {allowed}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="51"/>
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
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="352"/>
        <source>Unknown report text keys: {keys}. Valid keys: {valid}.</source>
        <translation>Chiavi di testo del rapporto sconosciute: {keys}. Chiavi valide: {valid}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="126"/>
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
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="372"/>
        <source>The intensity result has no usable &apos;{key}&apos; table (missing: {missing}): pass the dict returned by intensity_analysis.</source>
        <translation>Il risultato dell'analisi di intensità non ha una tabella '{key}' utilizzabile (mancano: {missing}): passa il dizionario restituito da intensity_analysis.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/code_index.py" line="39"/>
        <source>The raster has more than {limit} distinct values: is it a categorical land-use map? Check the band and the nomenclature.</source>
        <translation>Il raster ha più di {limit} valori distinti: è davvero una carta categorica d'uso del suolo? Controlla la banda e la nomenclatura.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="106"/>
        <source>The {name} raster {path} has no coordinate reference system. Assign one (Raster &gt; Projections &gt; Assign Projection) and run again.</source>
        <translation>Il raster {name} {path} non ha un sistema di riferimento. Assegnane uno (Raster &gt; Proiezioni &gt; Assegna proiezione) ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="118"/>
        <source>The BEFORE raster is in geographic coordinates ({crs}): areas and distance rings need a projected CRS in metres. Reproject both rasters (e.g. to EPSG:3035) first.</source>
        <translation>Il raster PRIMA è in coordinate geografiche ({crs}): superfici e fasce di distanza richiedono un sistema proiettato in metri. Riproietta prima entrambi i raster (ad es. in EPSG:3035).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="478"/>
        <source>The change raster is written as GeoTIFF: give a file name ending in .tif (got {path}).</source>
        <translation>Il raster dei cambiamenti viene scritto in GeoTIFF: indica un nome di file che termini con .tif (ricevuto {path}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="636"/>
        <source>{name}: {count} codes are not in the nomenclature and were kept as &apos;unmapped&apos; (code: cells): {codes}. Check the nomenclature choice or add them to a custom CSV.</source>
        <translation>{name}: {count} codici non sono nella nomenclatura e sono stati tenuti come 'non classificati' (codice: celle): {codes}. Controlla la scelta della nomenclatura o aggiungili a un CSV personalizzato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="126"/>
        <source>The nomenclature CSV {path} needs the columns code and class (optional: label, colour).</source>
        <translation>Il CSV di nomenclatura {path} deve avere le colonne code e class (facoltative: label, colour).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="150"/>
        <source>Line {line} of {path}: unknown production class &apos;{cls}&apos;. Use one of: {allowed}.</source>
        <translation>Riga {line} di {path}: classe produttiva '{cls}' sconosciuta. Usa una di: {allowed}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="216"/>
        <source>Typology {path}: unknown change type &apos;{key}&apos; for {frm} -&gt; {to}. Use: {allowed}.</source>
        <translation>Tipologia {path}: tipo di cambiamento '{key}' sconosciuto per {frm} -&gt; {to}. Usa: {allowed}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="231"/>
        <source>Typology {path} does not classify {count} class pairs (e.g. {pairs}). Fill every cell.</source>
        <translation>La tipologia {path} non classifica {count} coppie di classi (ad es. {pairs}). Compila ogni cella.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="80"/>
        <source>The land-use polygons have no coordinate reference system: set the layer&apos;s CRS and run again.</source>
        <translation>I poligoni d'uso del suolo non hanno un sistema di riferimento: impostalo nel layer e riprova.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="87"/>
        <source>The land-use polygons are in geographic coordinates ({crs}): areas and distance rings need a projected CRS in metres. Reproject the layer (e.g. to EPSG:3035) first.</source>
        <translation>I poligoni d'uso del suolo sono in coordinate geografiche ({crs}): superfici e fasce di distanza richiedono un sistema proiettato in metri. Riproietta prima il layer (ad es. in EPSG:3035).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="109"/>
        <source>The {what} code field holds values that are not whole-number land-use codes (e.g. {examples}). Choose the field with the codes (Urban Atlas: code_2012, code_2018).</source>
        <translation>Il campo del codice {what} contiene valori che non sono codici d'uso del suolo interi (ad es. {examples}). Scegli il campo con i codici (Urban Atlas: code_2012, code_2018).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="622"/>
        <source>{count} invalid polygons were repaired before the analysis.</source>
        <translation>{count} poligoni non validi sono stati riparati prima dell'analisi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="658"/>
        <source>{name}: {count} codes are not in the nomenclature and were kept as &apos;unmapped&apos; (code: hectares): {codes}. Check the nomenclature choice or add them to a custom CSV.</source>
        <translation>{name}: {count} codici non sono nella nomenclatura e sono stati mantenuti come 'non classificati' (codice: ettari): {codes}. Controlla la nomenclatura scelta o aggiungili a un CSV personalizzato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="670"/>
        <source>no code at the BEFORE date</source>
        <translation>nessun codice alla data PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="670"/>
        <source>no code at the AFTER date</source>
        <translation>nessun codice alla data DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="676"/>
        <source>{ha} ha of polygons were excluded: {why}.</source>
        <translation>{ha} ha di poligoni sono stati esclusi: {why}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="684"/>
        <source>No polygon has a land-use code at both dates: check the code fields, the selection and, with two layers, that they overlap.</source>
        <translation>Nessun poligono ha un codice d'uso del suolo a entrambe le date: controlla i campi dei codici, la selezione e, con due layer, che si sovrappongano.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="730"/>
        <source>There are no industrial areas: every polygon falls in the last ring (&apos;beyond&apos;).</source>
        <translation>Non ci sono aree industriali: ogni poligono cade nell'ultima fascia ('oltre').</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="300"/>
        <source>{name}: {share} % of the land use has codes that are not in the chosen nomenclature (codes {first} to {last}), e.g. {codes}, so the result would be mostly &apos;unmapped&apos;. The codes look like the preset &apos;{preset}&apos;, which lists {fit} % of them: choose it as the nomenclature and run again.</source>
        <translation>{name}: il {share} % dell'uso del suolo ha codici che non sono nella nomenclatura scelta (codici da {first} a {last}), ad es. {codes}, quindi il risultato sarebbe in gran parte 'non classificato'. I codici sembrano quelli della nomenclatura predefinita '{preset}', che ne elenca il {fit} %: sceglila come nomenclatura ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="312"/>
        <source>{name}: {share} % of the land use has codes that are not in the chosen nomenclature (codes {first} to {last}), e.g. {codes}, so the result would be mostly &apos;unmapped&apos;. No preset lists them: choose &apos;Custom (CSV)&apos; as the nomenclature and give a CSV that lists these codes with their class (columns code, class, label, colour).</source>
        <translation>{name}: il {share} % dell'uso del suolo ha codici che non sono nella nomenclatura scelta (codici da {first} a {last}), ad es. {codes}, quindi il risultato sarebbe in gran parte 'non classificato'. Nessuna nomenclatura predefinita li elenca: scegli 'Personalizzata (CSV)' come nomenclatura e indica un CSV che elenchi questi codici con la loro classe (colonne code, class, label, colour).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_tables.py" line="284"/>
        <source>No zone overlaps the land-use data ({total} given), so the summary would have no zone rows. Check that the zones layer covers the area of the land-use data, or leave the zones empty.</source>
        <translation>Nessuna zona si sovrappone ai dati d'uso del suolo ({total} indicate), quindi il riepilogo non avrebbe righe per zona. Controlla che il layer delle zone copra l'area dei dati d'uso del suolo, o lascia vuote le zone.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_tables.py" line="293"/>
        <source>Zones that do not overlap the land-use data ({count} of {total}) have no rows in the summary: {names}</source>
        <translation>Le zone che non si sovrappongono ai dati d'uso del suolo ({count} di {total}) non hanno righe nel riepilogo: {names}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="53"/>
        <source>Give one year per raster: {n_rasters} rasters but {n_years} years.</source>
        <translation>Indica un anno per raster: {n_rasters} raster ma {n_years} anni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="150"/>
        <source>Cannot read the {year} raster {path}: {err}</source>
        <translation>Impossibile leggere il raster del {year} {path}: {err}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="158"/>
        <source>The {year} raster {path} has no coordinate reference system. Assign one (Raster &gt; Projections &gt; Assign Projection) and run again.</source>
        <translation>Il raster del {year} {path} non ha un sistema di riferimento. Assegnane uno (Raster &gt; Proiezioni &gt; Assegna proiezione) ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="168"/>
        <source>The {year} raster {path} has {count} bands: only band 1 is used.</source>
        <translation>Il raster del {year} {path} ha {count} bande: si usa solo la banda 1.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="180"/>
        <source>The {year} raster {path} is in geographic coordinates ({crs}): areas need a projected CRS in metres, and the other rasters are aligned onto its grid. Reproject the rasters (e.g. to EPSG:3035) first.</source>
        <translation>Il raster del {year} {path} è in coordinate geografiche ({crs}): le superfici richiedono un sistema proiettato in metri, e gli altri raster vengono allineati sulla sua griglia. Riproietta prima i raster (ad es. in EPSG:3035).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="196"/>
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
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="35"/>
        <source>District</source>
        <translation>Distretto</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="36"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="37"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="38"/>
        <source>partly covered</source>
        <translation>coperto in parte</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="39"/>
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
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="75"/>
        <source>Employees</source>
        <translation>Addetti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="76"/>
        <source>Main sector</source>
        <translation>Settore principale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="77"/>
        <source>Location quotient of the main sector</source>
        <translation>Quoziente di localizzazione del settore principale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="78"/>
        <source>Krugman dissimilarity</source>
        <translation>Dissimilarità di Krugman</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="79"/>
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
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="101"/>
        <source>ha</source>
        <translation>ha</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="102"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="103"/>
        <source>% per year</source>
        <translation>% all'anno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="104"/>
        <source>Covered (%)</source>
        <translation>Coperto (%)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="105"/>
        <source>Industrial land, {date} (%)</source>
        <translation>Suolo industriale, {date} (%)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="106"/>
        <source>Industrial land, {date} (ha)</source>
        <translation>Suolo industriale, {date} (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="109"/>
        <source>De-industrialisation</source>
        <translation>Deindustrializzazione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="191"/>
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
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="125"/>
        <source>Number of industrial patches</source>
        <translation>Numero di macchie industriali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="125"/>
        <source>Separate pieces of industrial land: many small ones mean scattered industry.</source>
        <translation>Pezzi separati di suolo industriale: molti pezzi piccoli indicano un'industria dispersa.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="132"/>
        <source>Industrial patch density (per 100 ha)</source>
        <translation>Densità delle macchie industriali (per 100 ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="140"/>
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
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="150"/>
        <source>Industrial edge density (m/ha)</source>
        <translation>Densità di margine industriale (m/ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="150"/>
        <source>High when industry is interleaved with other land uses.</source>
        <translation>Alta quando l'industria è intercalata ad altri usi del suolo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="155"/>
        <source>Aggregation of industrial land (%)</source>
        <translation>Aggregazione del suolo industriale (%)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="155"/>
        <source>100 when industrial land is as compact as it can be.</source>
        <translation>100 quando il suolo industriale è il più compatto possibile.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="160"/>
        <source>Cohesion of industrial land (0-100)</source>
        <translation>Coesione del suolo industriale (0-100)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="160"/>
        <source>Physical connectedness; it falls as industrial land breaks up.</source>
        <translation>Connessione fisica; scende quando il suolo industriale si frammenta.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="165"/>
        <source>Land-use diversity (Shannon)</source>
        <translation>Diversità d'uso del suolo (Shannon)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="165"/>
        <source>0 for a single land use; higher for a finer mix of production classes.</source>
        <translation>0 per un solo uso del suolo; più alta per un mix più fine di classi produttive.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="172"/>
        <source>Industrial land take (ha)</source>
        <translation>Consumo di suolo industriale (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="172"/>
        <source>Green, agricultural or natural land (or water) that became industrial.</source>
        <translation>Suolo verde, agricolo o naturale (o acque) diventato industriale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="179"/>
        <source>Re-industrialisation (ha)</source>
        <translation>Reindustrializzazione (ha)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="179"/>
        <source>Other urban land that became industrial: recycling of urban land.</source>
        <translation>Altro suolo urbano diventato industriale: riuso di suolo urbano.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="184"/>
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
        <location filename="../reindustria_plugin/analysis/districts/comparison_report.py" line="145"/>
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
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="129"/>
        <source>The AFTER raster&apos;s grid differs from BEFORE (CRS {crs_a} vs {crs_b}, cell {res_a} vs {res_b}, columns x rows {shape_a} vs {shape_b}): AFTER was aligned onto the BEFORE grid by nearest neighbour.</source>
        <translation>La griglia del raster DOPO è diversa da PRIMA (SR {crs_a} e {crs_b}, cella {res_a} e {res_b}, colonne x righe {shape_a} e {shape_b}): DOPO è stato allineato sulla griglia di PRIMA con il vicino più prossimo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/code_index.py" line="26"/>
        <source>The raster {name} has cell type {dtype}: a land-use map needs whole-number codes (convert it with Raster &gt; Conversion &gt; Translate, output data type Int32).</source>
        <translation>Il raster {name} ha celle di tipo {dtype}: una carta d'uso del suolo richiede codici interi (convertilo con Raster &gt; Conversione &gt; Converti, tipo di dato in uscita Int32).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/accounting.py" line="109"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_tables.py" line="260"/>
        <source>Unmapped</source>
        <translation>Non in nomenclatura</translation>
    </message>
</context>
<context>
    <name>compare_districts</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/compare_districts.py" line="600"/>
        <source>no land-use data</source>
        <translation>nessun dato d'uso del suolo</translation>
    </message>
</context>
<context>
    <name>landuse_change</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="48"/>
        <source>CORINE Land Cover (grid codes 1-44)</source>
        <translation>CORINE Land Cover (codici griglia 1-44)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="49"/>
        <source>CORINE Land Cover (codes 111-523)</source>
        <translation>CORINE Land Cover (codici 111-523)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="50"/>
        <source>Urban Atlas 2012/2018</source>
        <translation>Urban Atlas 2012/2018</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="51"/>
        <source>Custom (CSV)</source>
        <translation>Personalizzata (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="75"/>
        <source>The nomenclature is &apos;Custom (CSV)&apos;: give the CSV file (columns code, class, label, colour) in the custom nomenclature parameter.</source>
        <translation>La nomenclatura è 'Personalizzata (CSV)': indica il file CSV (colonne code, class, label, colour) nel parametro della nomenclatura personalizzata.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="108"/>
        <source>Ring distances must be numbers separated by commas, e.g. 250,500,1000 (got &apos;{text}&apos;).</source>
        <translation>Le distanze delle fasce devono essere numeri separati da virgole, ad es. 250,500,1000 (ricevuto '{text}').</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="124"/>
        <source>Nomenclature</source>
        <translation>Nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="124"/>
        <source>How codes map to production classes: a preset or your own CSV.</source>
        <translation>Come i codici corrispondono alle classi produttive: una nomenclatura predefinita o un tuo CSV.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="135"/>
        <source>Custom nomenclature (CSV)</source>
        <translation>Nomenclatura personalizzata (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="135"/>
        <source>CSV with columns code, class (industrial, commercial, residential, vacant, infrastructure, green, water or nodata), label, colour. Used with &apos;Custom (CSV)&apos;.</source>
        <translation>CSV con le colonne code, class (industrial, commercial, residential, vacant, infrastructure, green, water o nodata), label, colour. Usato con 'Personalizzata (CSV)'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="294"/>
        <source>Industrial areas</source>
        <translation>Aree industriali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="148"/>
        <source>Polygons of the industrial areas the rings are drawn around; by default the land of industrial class at the BEFORE date.</source>
        <translation>Poligoni delle aree industriali intorno a cui si tracciano le fasce; in mancanza, il suolo di classe industriale alla data PRIMA.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="161"/>
        <source>Distance rings (map units)</source>
        <translation>Fasce di distanza (unità della mappa)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="161"/>
        <source>Increasing distances from the industrial areas, separated by commas; empty for none.</source>
        <translation>Distanze crescenti dalle aree industriali, separate da virgole; vuoto per nessuna fascia.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="173"/>
        <source>Change typology (CSV meaning matrix)</source>
        <translation>Tipologia dei cambiamenti (matrice di significato CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="173"/>
        <source>Overrides the &apos;reindustrialisation&apos; preset: first column the class before, header the classes after, each cell a change type.</source>
        <translation>Sostituisce la tipologia predefinita 'reindustrializzazione': prima colonna la classe prima, intestazione le classi dopo, in ogni cella un tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="186"/>
        <source>Zones for the summary</source>
        <translation>Zone per il riepilogo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="186"/>
        <source>Polygons (municipalities, districts…) to summarise per zone.</source>
        <translation>Poligoni (comuni, distretti…) per riassumere per zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="197"/>
        <source>Field naming each zone; required with zones.</source>
        <translation>Campo che dà il nome a ogni zona; obbligatorio con le zone.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="212"/>
        <source>From-to table of codes: cells, hectares and change type.</source>
        <translation>Tabella da-a dei codici: celle, ettari e tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="215"/>
        <source>From-to table of codes: polygons, hectares and change type.</source>
        <translation>Tabella da-a dei codici: poligoni, ettari e tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="220"/>
        <source>Transitions</source>
        <translation>Transizioni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="230"/>
        <source>Summary by ring and zone</source>
        <translation>Riepilogo per fascia e zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="230"/>
        <source>Area and share of each change type per distance ring and zone.</source>
        <translation>Superficie e quota di ogni tipo di cambiamento per fascia di distanza e zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="242"/>
        <source>Change accounting</source>
        <translation>Contabilità dei cambiamenti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="242"/>
        <source>Per production class: gross gain and loss, net change, swap, persistence, quantity, exchange and shift (Pontius &amp; Santacruz 2014).</source>
        <translation>Per classe produttiva: guadagno e perdita lordi, variazione netta, scambio (swap), persistenza, quantità, scambio (exchange) e spostamento (shift) (Pontius &amp; Santacruz 2014).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="66"/>
        <source>The custom nomenclature CSV {path} is not used: the nomenclature is the preset &apos;{preset}&apos;. Choose &apos;{custom}&apos; to use the CSV.</source>
        <translation>Il CSV della nomenclatura personalizzata {path} non viene usato: la nomenclatura è quella predefinita '{preset}'. Scegli '{custom}' per usare il CSV.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="197"/>
        <source>Zone name field (required with zones)</source>
        <translation>Campo del nome della zona (obbligatorio con le zone)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="256"/>
        <source>Transition matrix (hectares)</source>
        <translation>Matrice delle transizioni (ettari)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="256"/>
        <source>Wide from-to table: one row per BEFORE code, one column per AFTER code (to_&lt;code&gt;_ha), hectares, and the row total.</source>
        <translation>Tabella da-a in formato largo: una riga per codice di BEFORE, una colonna per codice di AFTER (to_&lt;code&gt;_ha), in ettari, e il totale della riga.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="278"/>
        <source>Ring polygons</source>
        <translation>Poligoni delle fasce</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="299"/>
        <source>Choose at least one output: change types, transitions, summary, change accounting, transition matrix or ring polygons.</source>
        <translation>Scegli almeno un risultato: tipi di cambiamento, transizioni, riepilogo, contabilità dei cambiamenti, matrice delle transizioni o poligoni delle fasce.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="306"/>
        <source>The ring polygons need distance rings: give the distance rings (e.g. 250,500,1000) or leave the ring polygons output empty.</source>
        <translation>I poligoni delle fasce richiedono fasce di distanza: indica le fasce di distanza (ad esempio 250,500,1000) oppure lascia vuoto il risultato dei poligoni delle fasce.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="3"/>
        <source>Industrial land take by zone</source>
        <translation>Consumo di suolo industriale per zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="4"/>
        <source>Land-use change</source>
        <translation>Cambiamenti d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="5"/>
        <source>Field with the code at the second date.</source>
        <translation>Campo con il codice alla seconda data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="7"/>
        <source>Field with the code at the first date.</source>
        <translation>Campo con il codice alla prima data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="8"/>
        <source>Polygons with the land-use code at both dates (Urban Atlas change layers are delivered so).</source>
        <translation>Poligoni con il codice d'uso del suolo a entrambe le date (i layer dei cambiamenti Urban Atlas sono forniti così).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="9"/>
        <source>Polygons to summarise per zone.</source>
        <translation>Poligoni per cui riassumere i risultati per zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="10"/>
        <source>Field naming each zone.</source>
        <translation>Campo con il nome di ogni zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="11"/>
        <source>Code field AFTER</source>
        <translation>Campo del codice DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="12"/>
        <source>Code field BEFORE</source>
        <translation>Campo del codice PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="13"/>
        <source>Urban Atlas change layer</source>
        <translation>Layer dei cambiamenti Urban Atlas</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="14"/>
        <source>Zones (municipalities, districts)</source>
        <translation>Zone (comuni, distretti)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="15"/>
        <source>Zone name field</source>
        <translation>Campo del nome della zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="6"/>
        <source>Runs the polygon land-use change on an Urban Atlas change layer (no distance rings) and writes three outputs. Summary by zone: area and share of each change type per zone and for all zones, with the zone&apos;s area and each change type&apos;s share of the zone&apos;s industrial land. Change accounting: per production class, in hectares, area before and after, persistence, gross gain and loss, net change, swap, quantity, exchange and shift. Industrial land take: the polygons whose change type is industrial land take (agricultural or natural land, or water, that became industrial, commercial or public units), with their codes, zone and area_ha. A change layer holds only the land that changed: shares are shares of the changed land.</source>
        <translation>Esegue il cambiamento d'uso del suolo poligonale su un layer di cambiamento Urban Atlas (senza fasce di distanza) e scrive tre risultati. Riepilogo per zona: area e quota di ciascun tipo di cambiamento per zona e per tutte le zone, con l'area della zona e la quota di ciascun tipo di cambiamento sul suolo industriale della zona. Contabilità dei cambiamenti: per classe produttiva, in ettari, area prima e dopo, persistenza, guadagno e perdita lordi, variazione netta, scambio (swap), quantità, scambio (exchange) e spostamento (shift). Consumo di suolo industriale: i poligoni il cui tipo di cambiamento è consumo di suolo industriale (suolo agricolo o naturale, o acqua, diventato unità industriali, commerciali o pubbliche), con i loro codici, la zona e area_ha. Un layer di cambiamento contiene solo il suolo che è cambiato: le quote sono quote del suolo cambiato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="16"/>
        <source>Change accounting</source>
        <translation>Contabilità dei cambiamenti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="17"/>
        <source>Per production class, in hectares: area before and after, persistence, gross gain and loss, net change, swap, quantity, exchange and shift (Pontius &amp; Santacruz 2014).</source>
        <translation>Per classe produttiva, in ettari: area prima e dopo, persistenza, guadagno e perdita lordi, variazione netta, scambio (swap), quantità, scambio (exchange) e spostamento (shift) (Pontius &amp; Santacruz 2014).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="18"/>
        <source>Summary by zone</source>
        <translation>Riepilogo per zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="19"/>
        <source>Area and share of each change type per zone and for all zones, with the zone&apos;s area and each change type&apos;s share of the zone&apos;s industrial land.</source>
        <translation>Area e quota di ciascun tipo di cambiamento per zona e per tutte le zone, con l'area della zona e la quota di ciascun tipo di cambiamento sul suolo industriale della zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="20"/>
        <source>Industrial land take</source>
        <translation>Consumo di suolo industriale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="21"/>
        <source>Polygons of industrial land take (agricultural or natural land, or water, that became industrial, commercial or public units), with their codes, zone and area_ha.</source>
        <translation>Poligoni del consumo di suolo industriale (suolo agricolo o naturale, o acqua, diventato unità industriali, commerciali o pubbliche), con i loro codici, la zona e area_ha.</translation>
    </message>
</context>
</TS>
