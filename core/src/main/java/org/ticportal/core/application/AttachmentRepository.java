package org.ticportal.core.application;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByApplicationIdAndDeletedAtIsNullOrderByUploadedAt(Long applicationId);

    List<Attachment> findByApplicationIdAndFormCodeAndFieldKeyAndDeletedAtIsNullOrderByUploadedAt(
            Long applicationId, String formCode, String fieldKey);
}
