"""Which school a reviewer's command is about: their only one, or the one they pick."""

from telegram import Update
from telegram.ext import ContextTypes

from bot.review import texts
from bot.review.access import review_state, schools_of
from bot.review.keyboards import Keys
from bot.services import services


async def school_for(update: Update, context: ContextTypes.DEFAULT_TYPE, pick: str) -> int | None:
    """The school id, or None after refusing a non-reviewer or offering school buttons."""
    user = update.effective_user
    schools = await services(context).run_db(lambda s: schools_of(s, user.id))
    if not schools:
        await update.effective_message.reply_text(texts.NOT_A_REVIEWER)
        return None
    if len(schools) > 1:
        keys = Keys(review_state(context).key, user.id)
        await update.effective_message.reply_text(texts.PICK_SCHOOL, reply_markup=keys.pick(
            [(r.school_id, r.school_name) for r in schools], pick))
        return None
    return schools[0].school_id
