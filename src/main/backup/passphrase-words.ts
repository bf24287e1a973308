// Common Swedish words for generated passphrases: 2053 words, lower-case
// a–z only (no å, ä, ö, so any keyboard types them the same way). Six words
// from this list give about 66 bits, ample behind age's scrypt.
// Checked against a Swedish word list (Debian wswedish) when the list was made,
// plus common compounds and loanwords that list lacks.
export const passphraseWords: readonly string[] = `
abborre abonnent absolut ackord adel adjektiv adjutant adress adventsljus adverb affisch afton agenda agent
agg akademi akrobat akt aktie aktivitet akvarell akvarium albatross album alfa alfabet alg alger alkemist
alkov allians allmoge alm almanacka alpin alpinist alt altan alv amaryllis ambassad ametist amiral amulett
analys ananas and anemon anis anka ankare ankel ankomst ankor anlag anledning anmodan annons anor anorak
ansats ansikte ansiktet ansjovis anslag ansvar antal anteckning antenn antik antikvitet antilop apa apel
apelsin apotek apparat aprikos april arbetare arbete areal arena argument ark arkitekt arkiv arm armatur
armband arom arrende art arter artig artikel artist arv asfalt ask aska asp asteroid astronaut atlas atlet
atom augusti auktion autograf avantgarde avdelning avenyn avgift avgrund avlopp avrunda avsikt avslut avtal
axel bacill back backa backe bad badboll badkar badminton badplats badring badrock badrum badstrand bagage
bagare bageri bak baka bakelit bakelse bakgrund bal balans balett balja balkong ballad ballong balsam bambu
banan band bandspelare bandy banjo bank bankir bar bara barack bark barn barnvagn barock barometer baron bas
basar basilika basket bassist bastu batteri bebis bedrift begagnad begrepp begynnelse behag behov beige bekant
belopp ben bensin berg bergskedja bergstopp berlock bestick beta betala betet betong betyg beundran bevakare
bevakning bevis bibel bibliotek biff bikini bikupa bil bilaga bilar bild biljard biljett billig binda binge
biograf biologi bison bit bitar bjud bjuda blad blanda blank blanka blankett blek blick blid blind blixt block
blod blomkruka blomma blomster blot blus bly blyertspenna bock bod bohem bojor bok bokar bokhylla boksida
bokstav bolag bolero boll bollkalle bollplan bom bomull bona bonde boning bonus bord bordsduk borg borgare
borr borste boskap bot botten boxare boxning bra bragd brand brasa brasklapp bravur bred brev brevpapper
bricka brickan brigad briljant bris bro broccoli broder bror brosch brosk brottare brottning bruk brun brunn
brygd brygga bryggare bubbla buckla bud budkavle buffel bukett bulldogg bulle bult bulvan bunke buntar burk
burkar buske buss bussen butik butter bygga byggare byggnad byta byxa byxor campingplats canasta ceder cello
celsius cembalo cement center chans charm chef chips choklad cirkel cirkus citat citron civil clown cocktail
container cowboy cykel cykelbana cykla cyklist cylinder cypress dag dagbok dager dagis dagsverke dal dalen
dalmas dam damast damm dammsugare dans dansa dansare dator datum debatt december defekt degel dekal del
delegat delfin delta demokrati deserten design detalj detektiv diadem diagram dialekt dialog diamant diet
diket dikt diktare diktsamling dill dimma dimmig dina diplomat dirigent disk diska diskett distans distrikt
divan djungel docka dockan dockskap doft dokument dollar domino domkyrka dop dra dragon dragspel drake dram
drama dress dricka drink drivis drivved dromedar droppe drottning druva duell duett duk duka dundret dunge
dusch duschen duva dygn dyna dyr dyrbar ebb ebenholts eder egen egendom ejder ekipage eko ekonomi ekorre
ekvator eld elefant elektriker elektron element elev elgitarr elit ellips elva emalj emblem energi engelska
engelsman enhet enkel enorm ensam enskild entrecote envis epok epos era eremit etapp eter etik etikett ett
etta eufori evig expedition expert export express extra fabel fabrik fack fackla fader fager fajans fakta
falang falk fallet falukorv familj familjefar fana fantasi fantom far farbror farfar farkost farled farmor
fars fart fasad fasan fasaner fast fasta faster fat fauna favorit februari fem femtio fenomen ferie fest
festival festmat fiber figur fika fikon fil filial film filosof filt filter fin final finger fingertopp fink
fiol fira fisk fiska fiskar fiskare fiskeby fjord flagga flamingo flanell flaska flicka flingor flink flinta
flock flod flora flotta flotte fluga flyga flygare flygel flygplan foder fodral folk folkdans folkvisa fond
fontan forell form format formel fors forsen forskare fort forum fosfor fossil fot fotboll foto fotograf
fotografi franska fred fredag fregatt fresk fri frid frihet friidrott frisk fritid front frost frukost frukt
fruktan frukter fruset frys fuktig fundament funktion furu fylla fyr fyra fyrkant fyrtio fyrtorn fysik gadda
gaffel gala galax galjonsfigur galleri galopp gamla gamma gammal ganska garage garderob gardin garn gas gasell
gata gatlykta gatsten gavel gavott gazell gem gemen generator geni genre geografi geologi gest get getabock
geting gigant gips giraff gitarr gitarrist glad gladlynt glas glaskula glasruta glass glatt glimt glitter glob
glugg gnista god godis golf golfbana golv gondol gorilla gotik grad graf gran grand granit granne grapefrukt
gratis gravyr gren grep greve griffel grill grilla grind gris groda grop grotta grov grubbla grund grupp
grupper gruva gruvan gryning gryta guide gul gulasch guld gulsparv gummi gunga gurka gurkmeja gyllene
gymnasium gymnast gymnastik hacka hackspett hage hagel hagen hagtorn haj haka hal hala hall hallon halm hals
halsduk hammare hamn hamnkrog hamster hand handbok handduk handla handskar handske hare harmoni harpa harv
hassel hast hastar hastighet hatt hav havet havre havsbad havsvik hed hederlig hej helg helikopter hembygd
hemlighet hemma herde hermelin hertig het hetta himmel hink hiss historia hit hitta hjort hobby hockey holk
holme hona honung honungskaka hopp hoppa horisont horn hotell humla humle hummer humor hund hundar hundra
hungrig hurtig hus huvud huvudstad hydda hyddan hydrant hylla hyra hytt hyvel ide idegran idiom idol idrott
idrottsplats idyll igel igelkott igloo ikon ikonen iller illusion impuls index indigo individ industri
initiativ inlopp insats insekt inspelning instinkt institut instrument intervju invandrare iris ironi isberg
isbit isflak iskall islossning ivrig jacka jagare jaguar jakt jaktfalk januari jasmin jazz jazzband jeans
jetplan jobb jockey jogging jolle jord jorden jordglob jordgubbe journal journalist jubel jubileum judo jul
julgran juli julklapp jultomte jungfru juni jury just juvel kabel kabin kadett kaffe kaffekanna kaffekopp kaja
kajak kaka kakao kakel kakelugn kaktus kalas kalender kaliber kalk kalkon kalkylator kall kalla kallare kam
kamel kamera kamin kamp kamrat kamrer kanal kandelaber kandidat kanel kanelbulle kanin kanna kanot kanotist
kant kapell kapital kappa kapsel kapsyl kapten karamell karate karavan kardemumma karneval karta kartong
karusell kaskad kassa kasse kassor kasta kastanj kastrull katalog katedral katt katter kavaj kavalkad kaviar
kedja kemi kemist kennel keps keramik keramiker ketchup kex kika kikare kil kilo kilometer kimono kind kiosk
kista kittel kiwi kjol klang klappa klar klarinett klass klassiker klave klaviatur klenod klimat klinik klippa
klippor klocka klockare klockspel klok klot klubb klubba klump klunk knapp knippe kniv knopp knut koala kobolt
kock koffein koffert koja kojan kok koka kokbok kokos kol kolibri kolla kollega koloni kolonn koltrast komet
komik kommun kompass kompis komplimang kompost kon konditor kondor konfekt kongress konsert konst kontinent
kontor kontrabas kontrast konvoj kopia kopp koppar kopparkittel kor koral korall korg korn korp korpral
korridor korsning korsord kort korv kosmos kossa kost kostym kotlett krabba kraft krage kran krans krasse
krater kratta kreatur kredit krets kristall kristallkrona krita kritik krog krok krokig krokodil krokus krona
kronometer kropp krucifix kruka krydda kryddor kub kudde kuggjul kula kuliss kulle kultur kund kung kunskap
kupol kurva kusin kust kusten kuvert kvadrat kvarn kvarnsten kvart kvartal kvartett kvast kvick kvinna
kvintett kvist kyckling kyla kylig kyrkklocka labb labyrint lada ladan ladda lag laga lager lagerkrans lagun
lakan lakrits lama lampa land landa landskap lans lapp larm lastbil lav lavendel lax ledare legend lejon lek
lekplats lektion len leopard lera leta lev lexikon lila lilja lim limerick limpa lina lind lindblomma lingon
linjal linje linne lins linser lista liten liter livboj ljung ljus ljuslykta ljusstake lockig loge lok lokal
lots lotus lov lucka luft lugn lugnt lukta lunch lunchrast lund lunta lupp lussekatt lycka lyfta lykta lyktan
lyktstolpe lyra lyrik lyssna lyx madrass magasin magister magnet mahogny maj major majs makaron makaroner
makrill mal mamma mammut manad mandarin mandolin manet mango manifest mantel manus manuskript mapp marin
marionett mark markerpenna marknad marknadsplats marmelad marmor mars marsch marsipan mask maskin maskinist
maskot maskros massa mast mata match matematik matros matsal matt matta medalj medaljong meja mekaniker
mellanrum melodi melon meny metall meter metod metropol middag midnatt midsommar mikrofon mil mild miljon
minaret mineral minister minne minut mirakel mjuk mod modell modem modig moln molnfri monark monter monument
moped mor moral morbror morfar morgon morgonrodnad mormor morot morotskaka mosaik mossa mosse moster motell
motiv motor mugg mulen mullvad mun munter mur murare mus museum musik musiker muskel mussla mustasch mutter
mygga mynning mynt mynta myr myra mysterium nacke nagel namn nation natt natur nejlika nektar neon nerv
neutron nickel nio nit nomad nord nordanvind normal norr not notblad noter notis nougat novell november nummer
nunna nyans nyckel nyckelpiga nystan nytta oas objekt oblat ocean odjur odla officer oktober oliv olivolja
olja oljelampa ombud omelett omslag omsorg onsdag opal opera operett opinion optiker orakel orange ordbok
order ordna ordning oregano orgel orgelpipa original orkan orkester orm ormbunke ornament ost ostkaka ostron
oval ovanlig overall oxe padda paddel paddla pagod paj paket palats palett pall palm palmblad panda panel
panik panna pannkaka panter papegoja pappa papper paprika parad paradis paraply parasoll parfym park parkera
parkett parlament parti partitur pass pasta pastej pastor patrull paus pausen paviljong pelikan pendel peng
penna penningar pensel peppar pepparkaka pepparkvarn period perrong persika persilja pianist piano picknick
pigg pil pilgrim pilot pingvin pinjong pinne pipa pipett pirat pirog pizza plakat plan planera planet planket
plantage plantor plast platina plats platta plocka plog plogbill plommon plus plym poem poet pojke pokal polka
pollen pollett pomerans pool popcorn port portal post posten poster postkontor potatis potatismos potta pralin
prata precision predikan present princip prins prinsessa prinsessan pris prisma privat problem procent
professor profet profil program projekt promenad propeller protokoll prov provins psalm publik pudding puder
pulka puls puma pump pumpa punkt punsch pussel pyjamas pyramid rabarber radar radiator radie radio rak raka
raket rallare ram ramp ramsa rand rapsodi ras rask rast rastplats ravin rebus recept referens regatta regel
regent region regn regnjacka regnskur rekord rektangel rekvisita relief ren rep reporter reptil republik resa
reserv respekt rest restaurang resultat revisor revy riddare ridtur rik rikedom riksdag rim ring ringdans ris
rita ritblock ritning robot rock rodd roder rolig roll roman romans rondell ros rosa rosenbuske rosett
rosmarin rot rubin rubrik rugby rulla rullgardin rund rundtur runsten rustning ruta rutin rygg rymd rytm sadel
safari saffran safir saga saker sal salamander salami sallad salong salt salva salvia samba samla samling
sammet sand sandal sandaler sandstrand sardin satellit satir sav sax saxofon scen schack schampo schlager
segel segelduk segla seglare segling sekund semafor semester semla senap senator september serenad sergeant
serie servera servett service sextett sfinx sherry siden siesta signal signatur sil silke sill siluett silver
silverfisk simma simning sinne sirap sirat sju sjunga skal skala skalbagge skar skara skarp skarv skata sked
skelett skepp skeppare skidbacke skidor skinka skiss skiva skjorta skog skogen skogsstig skola skor skorpa
skorsten skorstenen skratta skridskor skriva skrivare skruv skugga skulptur skylt slalom slev slips slott slup
sluttning smak smaka smal smed smedja smoking smutsig smycke snabb snickare snickra snigel snitt sno social
socker sockerbit sockerkaka sockertopp soffa sol solig solkatt solros solsken sommar somna sonat soppa sortera
souvenir sova sovrum spade spaning spanska spara sparka spegel spektakel spel spelman spetsduk spik spindel
spis sport spring springa stad stadsport stafett staket stal stallet stam stanna stare stark start starta stat
station stationshus statist statsman stege stek steka stekpanna sten stenbock stenmur sticka stigen stil
stilla stipendium stol stolpe stor stork storm stormig strand strandpromenad strategi streck strof strumpa
strumpor struts student studera studio stuga stugby sultan svag sval svala svamp svan svar svart svenska syfte
sylt symbol symfoni syren system syster tabell tacksam tag tak takt tall tallkotte tallrik tallrikar tand
tango tank tanka tanke tapet tatuering tavla taxi teater teaterstycke tejp tekanna teknik tekniker telefon
telegram teleskop tema tempel tenn tennis tennisboll termos terrass testamente text textil tidtabell tidvatten
tiger tillit timglas timme tinne tio tisdag titta tjock tjocklek tjugo tjur toalett tobak tolk tolv tomat
tomma tomte ton topp torg torn tornspira torr torsdag torsk trafik traktor trana trapets trappa trappsteg
trast tre trettio tretton triangel tro trogen troll trollkarl tropik trott trottoar trumma trumpet trycka
trygg tullen tulpan tumme tumstock tung tunga tunn tunna tunnel tunnelbana tupp turist tusen tvilling tycke
tyg tyska tyst udde uggla ugn ull ulv undervisa ung uniform unik universum uppslagsbok urmakare urskog urverk
utflykt utkikstorn utsikt utter vacker vagga vagn vakna vakt vaktel val vallgrav vallmo vals vandra vanlig
vantar vante var vardagsrum varg variant varm varuhus vas vass vatten vattenfall vattenkanna vattenkvarn
vattenpass vecka vedbod vegetarian veranda verkstad vernissage vers vessla vik vikarie viken viking vila villa
vind vindruva vinka vinkel vinter vinterbad viol violin virka vis visa visdom visp vit vitsippa vokal volym
vrida vulkan vykort xylofon yoga yrke yta yxa zebra zenit zon zoo
`
  .trim()
  .split(/\s+/);
