// The lessons the training widgets' advice points to, by topic: lesson 8 explains why a large
// learning rate blows up, lesson 11 vanishing gradients and dead ReLUs. On a lesson page of the site the
// link is relative to it; elsewhere (an embed) the lesson is named without a link.

const LESSONS = new Map([
  ['rate', { slug: '08-gradient-descent', title: 'Lesson 8, Gradient descent' }],
  ['depth', { slug: '11-modern-tools', title: 'Lesson 11, Modern tools' }],
]);

/** { title, href } (href null off the lesson site) for a topic: 'rate' or 'depth'. */
export function lessonLink(topic) {
  const { slug, title } = LESSONS.get(topic);
  const onSite = /\/lessons\/[\w-]{1,80}\/(index\.html)?$/.test(location.pathname.slice(-120));
  return { title, href: onSite ? `../${slug}/` : null };
}
