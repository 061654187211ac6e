import { nodeProject, workspaceConfig } from '../../vitest.shared.ts';

export default workspaceConfig(nodeProject());
