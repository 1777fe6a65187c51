import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../api/errors';

export const notifyDone = (message: string) => notifications.show({ color: 'green', title: 'Done', message });
export const notifyFailed = (error: unknown) => notifications.show({ color: 'red', title: 'Not done', message: errorMessage(error) });
