/** "Bắt đầu từ ví dụ": a worked example or the training plan, opened as a new draft of the user's. */
import examples from '../../../../content/examples/index.json' with { type: 'json' };
import { goToDraft } from './go-to-draft.ts';
import { createDraftFromValue } from '../../stores/workspace.ts';

const exampleFiles = import.meta.glob<{ default: unknown }>('../../../../content/examples/*.json');

const loadExample = async (id: string, title: string) => {
  const loader = exampleFiles[`../../../../content/examples/${id}.json`];
  if (!loader) return;
  goToDraft(await createDraftFromValue((await loader()).default, title));
};

export function ExampleList() {
  return (
    <section aria-labelledby="examples-title">
      <h2 id="examples-title">Bắt đầu từ ví dụ</h2>
      <p>Mở một ví dụ thành bản nháp mới của bạn; ví dụ gốc không thay đổi.</p>
      <ul class="example-list">
        {examples.map((example) => (
          <li>
            <button
              type="button"
              class="button-secondary"
              onClick={() => void loadExample(example.id, example.title)}
            >
              Mở ví dụ: {example.title}
            </button>
            <p class="hint">{example.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
