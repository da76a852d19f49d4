import { html, type TemplateResult } from 'lit';
import type { DiscussedPost, TrendingTag } from '@plein/core';
import { bar } from './bar-chart.js';
import type { ChartContext } from './charts.js';

/** A configured link with `{key}` replaced by a URL-encoded value; undefined without a pattern. */
export const linkTo = (pattern: string | undefined, key: string, value: string): string | undefined =>
  pattern?.replaceAll(`{${key}}`, encodeURIComponent(value));

/** Against the previous period, in words and an arrow: "↑ Rising · 4 before", "New". */
function change(ctx: ChartContext, now: number, before: number): TemplateResult {
  const { s, format } = ctx;
  const [kind, arrow, word] =
    before === 0 && now > 0
      ? ['up', '↑', s.isNew]
      : now > before
        ? ['up', '↑', s.rising]
        : now < before
          ? ['down', '↓', s.falling]
          : ['same', '→', s.same];
  return html`<span class="change ${kind}"
    ><span aria-hidden="true">${arrow}</span> ${word}${
      before ? html`<span class="change-before"> · ${s.before(before, format)}</span>` : ''
    }</span
  >`;
}

/** Hashtags used most in the period, with how often and how that changed. */
export function trendingTags(ctx: ChartContext): TemplateResult {
  const { s, report, format, config } = ctx;
  const most = Math.max(1, ...report.tags.map((tag) => tag.count));
  return html`<section class="chart-card tags">
    <h3 class="chart-title" id="charts-tags-title">${s.tagsHeading}</h3>
    ${
      report.tags.length
        ? html`<ol class="tag-list">
            ${report.tags.map((tag: TrendingTag) => {
              const href = linkTo(config.tagUrl, 'tag', tag.tag);
              return html`<li class="tag">
                <span class="tag-label">
                  ${
                    href
                      ? html`<a class="tag-name" href=${href}>#${tag.tag}</a>`
                      : html`<span class="tag-name">#${tag.tag}</span>`
                  }
                  ${change(ctx, tag.count, tag.previous)}
                </span>
                <span class="tag-count">${s.tagUses(tag.count, format)}</span>
                ${bar(tag.count / most)}
              </li>`;
            })}
          </ol>`
        : html`<p class="chart-note">${s.noTags}</p>`
    }
  </section>`;
}

/** The posts with the most comments and reactions in the period; excerpts are plain text. */
export function discussedPosts(ctx: ChartContext): TemplateResult {
  const { s, report, format, config } = ctx;
  return html`<section class="chart-card posts">
    <h3 class="chart-title" id="charts-posts-title">${s.postsHeading}</h3>
    ${
      report.posts.length
        ? html`<ol class="post-list">
            ${report.posts.map((post: DiscussedPost) => {
              const href = linkTo(config.postUrl, 'id', post.postId);
              const text = post.excerpt.trim() || s.noText;
              return html`<li class="post">
                ${href ? html`<a class="post-text" href=${href}>${text}</a>` : html`<p class="post-text">${text}</p>`}
                <p class="post-meta">
                  <span>${s.inChannel(post.channel)}</span>
                  <span>${s.commentCount(post.comments, format)}</span>
                  <span>${s.reactionCount(post.reactions, format)}</span>
                  ${change(ctx, post.comments + post.reactions, post.previous)}
                </p>
              </li>`;
            })}
          </ol>`
        : html`<p class="chart-note">${s.noPosts}</p>`
    }
  </section>`;
}
