// The holders of antd's message and Modal.confirm hooks (loaded by FeedbackHost in feedback.tsx when first asked).
import { useEffect } from 'react';
import { message, Modal } from 'antd';
import { setFeedbackApis } from './feedback';

export default function FeedbackHolders() {
  const [messageApi, messageHolder] = message.useMessage();
  const [modalApi, modalHolder] = Modal.useModal();
  useEffect(() => {
    setFeedbackApis({ message: messageApi, modal: modalApi });
    return () => setFeedbackApis(null);
  }, [messageApi, modalApi]);
  return (
    <>
      {modalHolder}
      {messageHolder}
    </>
  );
}
