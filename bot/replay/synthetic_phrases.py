"""Phrase banks for the synthetic class-group export (`synthetic.py`). All names are made up.

Templates use slots filled at random: {child} {child2} {parent} {day} {item} {activity}
{event} {time} {place} {teacher} {pupil} {n} {month} {street}. Breaches follow the kinds of
problem in the parents' codes: criticism of named staff, negative comments about named
children, abuse, confidential details, complaints, safeguarding worries and threats.
"""

CHILDREN = ("Olivia Amelia Isla Ava Mia Ivy Lily Freya Florence Poppy Evie Sophia Grace Willow "
            "Rosie Ruby Elsie Daisy Phoebe Harper Oliver George Noah Arthur Leo Muhammad Oscar "
            "Harry Archie Jack Henry Charlie Freddie Theo Alfie Finley Thomas Jacob Isaac Teddy "
            "Zainab Aisha Kai Priya Amir Tomasz Zofia Kacper Chidi Ada Yusuf Mei Ravi Anya"
            ).split()
PARENT_FIRST = ("Gemma Priya Dan Sarah Laura Emma Claire Hannah Jo Kate Nicola Rachel Becky "
                "Amy Lucy Helen Vicky Steph Tom James Chris Mark Rob Ben Aisha Fatima Agnieszka "
                "Marta Olu Funmi Sinead Ciara Deepa Anjali Kirsty Leanne Zoe Jen Lou Sam").split()
DAYS = ("Monday Tuesday Wednesday Thursday Friday tomorrow today next week "
        "Monday morning Friday afternoon").split(" ")
ITEMS = ("PE bag", "water bottle", "reading folder", "jumper", "cardigan", "book bag",
         "lunchbox", "coat", "library book", "swimming hat", "recorder", "wellies", "hat",
         "spelling book", "homework book", "trip form", "costume", "packed lunch", "raincoat")
ACTIVITIES = ("PE", "swimming", "forest school", "the spelling test", "the library visit",
              "football club", "choir", "the class assembly", "the cake sale", "the school trip",
              "the Christmas play rehearsal", "the maths challenge", "show and tell",
              "the sponsored walk", "the book fair", "after-school club", "the bake off")
EVENTS = ("the nativity", "sports day", "the summer fair", "parents' evening", "the disco",
          "the Christmas fair", "the harvest assembly", "the school trip", "the book fair",
          "the cake sale", "World Book Day", "the quiz night", "the Easter bonnet parade")
PLACES = ("the park", "Brownies", "football", "swimming lessons", "the leisure centre",
          "Rainbows", "Beavers", "the library", "gymnastics", "the party at Jump Zone")
TIMES = ("8:45", "9am", "10:30", "1pm", "2:15", "3:15", "3:20", "3:30", "4pm", "5:30", "6pm")
MONTHS = "September October November December January February March April May June".split()
STREETS = ("Elm Road", "Mill Lane", "Church Street", "Orchard Close", "Station Road",
           "Meadow Way", "Victoria Avenue", "The Crescent")

SHORT = ("Thanks!", "Thank you 😊", "👍", "Same here", "Ok great, thanks x", "Yes",
         "No idea sorry", "Lol", "Brilliant thanks", "😂😂", "Ah thank you!", "Thanks {parent}!",
         "Will do x",
         "Perfect, thanks", "Haha yes", "Me too!", "Same question!", "🙏", "Yes please!",
         "Great, thank you", "Oh no!", "That's lovely", "Good luck everyone!", "Thanks all x")
QUESTIONS = (
    "Does anyone know if {activity} is on {day} this week?",
    "Has anyone got a spare {item} {child} could borrow for {day}?",
    "What time does {event} finish on {day}?",
    "Is it non-uniform day on {day}? {child} says it is but I can't see it on the letter",
    "{child} has come home with someone else's {item}, it has {initial} on the label",
    "Can anyone give {child} a lift to {place} on {day}? Happy to return the favour",
    "Has anyone found a {item}? {child} has lost theirs again 🙈",
    "Do they need {item} for {activity} on {day}?",
    "How much is {event} this year? Is it still £{n}?",
    "Is {child} coming to {place} on {day}? {child2} keeps asking",
    "Does anyone know what the homework is this week? {child} left the sheet at school",
    "Are we meant to send money in for {event} or is it all online now?",
    "Anyone else's child come home without their {item} today?",
    "What do they need to wear for {event}? {child} says a costume",
)
ANSWERS = (
    "I think it's {day}", "{teacher} said {day} at pick up", "It's in the newsletter, {time}",
    "Finishes at {time} I think", "{child2} said the same, I think it's {day}",
    "It's £{n} and you pay on the app", "We've got a spare {item}, I'll send it in {day}",
    "Yes, {child2} can take {child} to {place}, meet at {time}?",
    "The letter said {day} for {activity}", "I'll check with {child2} and let you know",
    "I've just looked on the app, it says {time} for {event}",
    "Should be in the book bag, {child2} had the same",
    "Just a plain t-shirt I think, nothing fancy", "Yes, we're going, see you at {time}",
)
SOCIAL = (
    "Happy birthday {child}! 🎂🎉", "Lovely to see everyone at {event}, the kids were brilliant",
    "Party invites for {child}'s party on {day} are in book bags, hope you can come!",
    "Well done to everyone in {event}, so proud of them all 👏",
    "Thank you {teacher} for a lovely {event}, {child} loved it",
    "Anyone fancy a coffee after drop off on {day}?",
    "Welcome to the group {parent}! 👋", "Congratulations {parent}, fantastic news!",
    "Does anyone have a costume we could borrow for {event}? Happy to pay",
)
TO_STAFF = (
    "{teacher}, thank you so much for helping {child} settle in this week",
    "{teacher}, is {activity} still happening on {day}?",
    "Hi {teacher}, could you let me know if {child} handed in the {item}?",
)
LISTS = (
    "Reminders for this week:\n- {day}: {activity}\n- {day}: {activity}\n- Bring {item}",
    "Lost property at ours:\n{item} with {initial} on the label\n{item}\nLet me know!",
    "Lift share for {event} so far:\n{parent}: 2 spaces\n{parent}: full\nAnyone else?",
    "For the cake sale on {day}:\nplease label anything with nuts\ndrop off by {time}\nthank you!",
)
BREACHES = (
    ("staff", "{teacher} is useless, {child} hasn't had anything marked since {month}"),
    ("staff", "honestly {teacher} has no idea what they are doing with that class"),
    ("staff", "{teacher} shouted at {child} again today, shouldn't be teaching at all"),
    ("pupil", "{pupil} is a nightmare, keeps hitting the others at lunch"),
    ("pupil", "{pupil} is a little liar, don't believe a word"),
    ("abuse", "Oh shut up {parent}, nobody asked you, you absolute idiot"),
    ("abuse", "you're a complete moron if you believe that {parent}"),
    ("confidential", "Her number is 07700 900{n3}, just text her about {event}"),
    ("confidential", "They live at {n} {street}, the blue door, go and ask them"),
    ("complaint", "This school is a joke, the communication is shocking as usual"),
    ("complaint", "the new uniform rule is ridiculous, another money grab by the school"),
    ("safeguarding", "{pupil} came in with bruises again and said her dad did it"),
    ("safeguarding", "there was a man hanging around the gates taking photos of the kids"),
    ("threat", "If {parent} says that to my face again I'll knock her out"),
)
SYSTEM = (
    "{parent} joined using this group's invite link", "{parent} left",
    "{parent} added {parent2}", "{parent} removed {parent2}",
    'Anna changed the subject from "Class 2 parents" to "Class 2 parents: {month}"',
    "{parent} changed this group's icon", "{parent} changed the group description",
)
