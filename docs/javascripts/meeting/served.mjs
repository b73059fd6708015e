/* Dialogværktøjet, meeting kit: the recommendations a meeting's questions serve, by
 * number. Pure, no DOM. */

export function servedRecommendations(items, data) {
  const ids = new Set();
  items.forEach((item) => {
    if (item.id && data.questions[item.id]) data.questions[item.id].recs.forEach((id) => ids.add(id));
  });
  return [...ids].filter((id) => data.recommendations[id])
    .sort((a, b) => data.recommendations[a].number - data.recommendations[b].number);
}
