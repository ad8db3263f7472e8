from typing import Optional

from sqlalchemy import Boolean, CheckConstraint, Integer, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

class Base(DeclarativeBase):
    pass


class Ticket(Base):
    __tablename__ = 'ticket'
    __table_args__ = (
        CheckConstraint("priority IN ('low', 'high')"),
        CheckConstraint("state IN ('open', 'closed', 'wontfix')")
    )

    state: Mapped[str] = mapped_column(String(10), nullable=False)
    urgent: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('0'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    priority: Mapped[Optional[str]] = mapped_column(Text)
