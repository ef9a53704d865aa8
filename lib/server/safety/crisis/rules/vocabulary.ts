// Words the rules share, so that every way of wanting meets every way of dying. Plain English;
// letters are collapsed when the rules are compiled.

/** Ways of wanting or wishing: enough with dying ("I want to die") as with ending one's life. */
export const wanting =
  "(want|wants|wanting|wanna|wish|wishing|ready|need|needs|longing|long|hope|hoping|pray|praying|deserve|waiting|can not wait|looking forward|dream|dreaming|fantasize|fantasizing|tempted|trying|try|thinking about|thinking of|think about|keep thinking about|considering)";

/** Ways of intending: only with an act ("I'm going to end it"), never with dying ("I felt like I was going to die"). */
export const intending =
  "(going|gonna|will|plan|plans|planning|decided|deciding|about|might as well|may as well|should just|could just|thought about)";

/** Dying as a state one can wish for. */
export const deathStates =
  "(die|dying|be dead|being dead|be gone|stop existing|not exist|not existing|cease to exist|not be alive|not being alive|not be here anymore|not be here any more|not be around|be gone forever|not wake up|never wake up|sleep forever|go to sleep forever|disappear forever)";

/** Ending one's life as an act. */
export const deathActs =
  "(end it|end it all|ending it|ending it all|end things|end everything|end my life|ending my life|kill myself|killing myself|take my life|take my own life|taking my life|commit suicide|let go of life|letting go of life|check out of life|check out of this life|checking out of this life|switch myself off|turn myself off|finish myself off|finish the job|join (him|her|them) (in heaven|up there|on the other side)|unalive myself|end myself|stop living|stop breathing|finish my life|end my own life|remove myself|removing myself|uninstall myself|delete myself|log out of life|go to sleep and not wake up|not continue|not go on|not carry on)";

/** Things named as a way to die. */
export const pills =
  "(pills|tablets|meds|medication|medicine|painkillers|sleeping pills|paracetamol|tylenol|ibuprofen|antidepressants|insulin|prescription)";

export const highPlaces =
  "(bridge|overpass|roof|rooftop|building|balcony|window|cliff|cliffs|ledge|car park|parking garage|multi storey|tower|top floor)";

/** Everyday reasons someone will be away, which make "I won't be here" harmless. */
export const everydayAbsence =
  "(appointment|holiday|vacation|travel|travelling|trip|work|shift|busy|visiting|doctor|dentist|on leave|moving|exam|class|school|wedding|camping|surgery|operation|offline for|phone|signal|internet|wifi|festival|conference)";
